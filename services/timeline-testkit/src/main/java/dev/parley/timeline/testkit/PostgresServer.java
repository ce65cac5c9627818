package dev.parley.timeline.testkit;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PostgreSQL server for tests, reached as a superuser that may create databases. Each test
 * context gets its own fresh database so contexts never see each other's events.
 */
public record PostgresServer(String kind, String adminUrl, String username, String password) {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** Creates an empty database and returns its JDBC URL. */
    public String createDatabase() {
        var name = "parley_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (var connection = DriverManager.getConnection(adminUrl, username, password);
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + kind + " PostgreSQL", e);
        }
        return withDatabase(adminUrl, name);
    }

    static String withDatabase(String url, String database) {
        var query = url.indexOf('?');
        var base = query < 0 ? url : url.substring(0, query);
        var slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
    }
}
