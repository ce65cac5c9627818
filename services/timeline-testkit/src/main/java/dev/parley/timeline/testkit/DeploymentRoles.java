package dev.parley.timeline.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the deployment's {@code deploy/postgres/roles.sql} on a test database and creates one login
 * in each of its roles, so a test can run a service as production would, on least privilege.
 */
public final class DeploymentRoles {

    public static final String PASSWORD = "parley-test-password";
    /** From a module's directory, where Maven runs its tests. */
    private static final Path ROLES_SQL = Path.of("../../deploy/postgres/roles.sql");
    private static final AtomicInteger LOGINS = new AtomicInteger();

    private DeploymentRoles() {
    }

    /** One login per role, all with {@link #PASSWORD}. */
    public record Logins(String migrator, String command, String query) {
    }

    /** Runs the roles file on the database a test context is about to use, as the kit's administrator. */
    public static Logins installFor(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        return install(environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"));
    }

    /**
     * Runs the roles file on the database at {@code url} as an administrator who may create roles,
     * and creates the logins.
     */
    public static Logins install(String url, String adminUser, String adminPassword) {
        // logins are per server, not per database: unique names keep contexts and reruns apart
        var suffix = ProcessHandle.current().pid() + "_" + LOGINS.incrementAndGet();
        var logins = new Logins("parley_migrator_" + suffix, "parley_command_app_" + suffix, "parley_query_app_" + suffix);
        try (var admin = DriverManager.getConnection(url, adminUser, adminPassword);
                var statement = admin.createStatement()) {
            statement.execute(Files.readString(ROLES_SQL));
            statement.execute("CREATE ROLE " + logins.migrator() + " LOGIN PASSWORD '" + PASSWORD + "' IN ROLE parley_owner");
            statement.execute("CREATE ROLE " + logins.command() + " LOGIN PASSWORD '" + PASSWORD + "' IN ROLE parley_command");
            statement.execute("CREATE ROLE " + logins.query() + " LOGIN PASSWORD '" + PASSWORD + "' IN ROLE parley_query");
        } catch (SQLException e) {
            throw new IllegalStateException("the roles need a server login that may create roles", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return logins;
    }

    /** The context's database URL without its administrator, ready for a login of {@link Logins}. */
    public static String urlFor(ConfigurableApplicationContext context) {
        return withoutUser(context.getEnvironment().getRequiredProperty("spring.datasource.url"));
    }

    /** The URL without a {@code user=}/{@code password=} parameter, which would win over a datasource's username. */
    public static String withoutUser(String url) {
        var query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        var kept = Arrays.stream(url.substring(query + 1).split("&"))
                .filter(parameter -> !parameter.startsWith("user=") && !parameter.startsWith("password="))
                .toList();
        return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }
}
