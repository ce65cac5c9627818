package dev.parley.timeline.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.timeline.command.CommandTestApplication;
import dev.parley.timeline.testkit.DeploymentRoles;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.client.RestClient;

/**
 * The command service running on the roles of {@code deploy/postgres/roles.sql}: its migrations as
 * the event store's owner, the service itself as {@code parley_command}. It records as usual, and
 * its own login cannot change the record even by going around the triggers.
 */
@SpringBootTest(classes = CommandTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.test.context=least-privilege", "parley.command.snapshot-every=2"})
@ContextConfiguration(initializers = {ParleyInfrastructureInitializer.class, LeastPrivilegeRolesTest.Roles.class})
class LeastPrivilegeRolesTest {

    private static final String PASSWORD = DeploymentRoles.PASSWORD;
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String EVENTS_OF_TRACK = "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?";

    /** Runs the deployment's SQL on this context's database and logs the service in with its roles. */
    static class Roles implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var logins = DeploymentRoles.installFor(context);
            TestPropertyValues.of(
                    "spring.datasource.url=" + DeploymentRoles.urlFor(context),
                    "spring.datasource.username=" + logins.command(),
                    "spring.datasource.password=" + PASSWORD,
                    "parley.command.migration.username=" + logins.migrator(),
                    "parley.command.migration.password=" + PASSWORD,
                    "parley.test.query-login=" + logins.query()).applyTo(context);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String commandLogin;

    @Value("${parley.test.query-login}")
    String queryLogin;

    @Test
    void theServiceRecordsWithItsRoleButCannotChangeTheRecordOrTheSchema() throws SQLException {
        var answer = TestApiKeys.editor(port).post().uri("/api/v1/tracks/{id}/commands", "least-privilege")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"type\": \"track-announced\", \"name\": \"Least privilege\", \"kind\": \"summit\","
                        + " \"occurredAt\": \"2025-10-08\", \"sources\": [{\"publisher\": \"Reuters\"}]}")
                .retrieve().toBodilessEntity();
        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(commandLogin);
        assertThat(jdbc.sql(EVENTS_OF_TRACK).param("least-privilege").query(Long.class).single()).isEqualTo(1);

        try (var asService = DriverManager.getConnection(url, commandLogin, PASSWORD)) {
            for (var attempt : new String[] {
                "UPDATE domain_event_entry SET payload_type = 'x'",
                "DELETE FROM domain_event_entry",
                "TRUNCATE domain_event_entry",
                "ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_is_append_only",
                "DROP TRIGGER domain_event_entry_is_append_only ON domain_event_entry",
                "CREATE TABLE shadow (id int)",
                "UPDATE idempotency_record SET response_status = 200"}) {
                assertThatThrownBy(() -> execute(asService, attempt)).as(attempt)
                        .isInstanceOfSatisfying(SQLException.class, refused -> assertThat(refused.getSQLState())
                                .as(attempt + ": " + refused.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE));
            }
        }
        try (var asQuery = DriverManager.getConnection(url, queryLogin, PASSWORD)) {
            assertThatThrownBy(() -> execute(asQuery, "SELECT count(*) FROM domain_event_entry"))
                    .as("the query service reads events from Kafka, never from the event store")
                    .isInstanceOfSatisfying(SQLException.class,
                            refused -> assertThat(refused.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
        }
        assertThat(jdbc.sql(EVENTS_OF_TRACK).param("least-privilege").query(Long.class).single())
                .as("the one recorded event is still there").isEqualTo(1);
    }

    /** Snapshots are taken (INSERT) and replace older ones (DELETE) with the service's own role. */
    @Test
    void theServiceTakesAndReplacesSnapshotsWithItsRole() {
        var editor = TestApiKeys.editor(port);
        record(editor, "{\"type\": \"track-announced\", \"name\": \"Snapshots\", \"kind\": \"summit\","
                + " \"occurredAt\": \"2025-10-08\", \"sources\": [{\"publisher\": \"Reuters\"}]}");
        record(editor, join("egypt"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !snapshotSequences().isEmpty());
        long first = snapshotSequences().get(0);
        record(editor, join("qatar"));
        record(editor, join("turkey"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(snapshotSequences())
                .as("a newer snapshot, the older deleted").singleElement()
                .satisfies(sequence -> assertThat(sequence).isGreaterThan(first)));
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(commandLogin);
    }

    private static void record(RestClient editor, String command) {
        var answer = editor.post().uri("/api/v1/tracks/{id}/commands", "snapshotted").contentType(MediaType.APPLICATION_JSON)
                .body(command).retrieve().toBodilessEntity();
        assertThat(answer.getStatusCode().value()).isEqualTo(201);
    }

    private static String join(String actor) {
        return "{\"type\": \"participant-joined\", \"actor\": {\"id\": \"" + actor + "\", \"name\": \"" + actor + "\","
                + " \"kind\": \"state\"}, \"role\": \"mediator\", \"occurredAt\": \"2025-10-08\","
                + " \"sources\": [{\"publisher\": \"Reuters\"}]}";
    }

    private List<Long> snapshotSequences() {
        return jdbc.sql("SELECT sequence_number FROM snapshot_event_entry WHERE aggregate_identifier = 'snapshotted'")
                .query(Long.class).list();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
