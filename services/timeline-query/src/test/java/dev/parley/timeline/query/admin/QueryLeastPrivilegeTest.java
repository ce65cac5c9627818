package dev.parley.timeline.query.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.query.QueryTestApplication;
import dev.parley.timeline.query.TopicWriter;
import dev.parley.timeline.testkit.DeploymentRoles;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The query service logged in as {@code parley_query} of {@code deploy/postgres/roles.sql}, with no
 * other right: it migrates its own tables, projects the topic and rebuilds every projection (a
 * schema of its own, tables moved between schemas).
 */
@SpringBootTest(classes = QueryTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.test.context=query-least-privilege")
@ContextConfiguration(initializers = {ParleyInfrastructureInitializer.class, QueryLeastPrivilegeTest.QueryLogin.class})
class QueryLeastPrivilegeTest {

    private static final TrackId TRACK = new TrackId("least-privilege-sharm");

    /** Runs the deployment's SQL on this context's database and logs the service in as its query login. */
    static class QueryLogin implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var logins = DeploymentRoles.installFor(context);
            TestPropertyValues.of(
                    "spring.datasource.url=" + DeploymentRoles.urlFor(context),
                    "spring.datasource.username=" + logins.query(),
                    "spring.datasource.password=" + DeploymentRoles.PASSWORD).applyTo(context);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.datasource.username}")
    String queryLogin;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Value("${parley.timeline.query.topic}")
    String topic;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theServiceProjectsAndRebuildsWithItsRoleAlone() {
        try (var writer = new TopicWriter(bootstrapServers, topic)) {
            writer.publish(SampleEvents.announced(TRACK), SampleEvents.joined(TRACK, 2), SampleEvents.exchanged(TRACK, 3));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> version() == 3);
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(queryLogin);
        assertThat(jdbc.sql("SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class).single()).as("no administrative right").isFalse();

        TestApiKeys.admin(port).post().uri("/api/v1/admin/projection-rebuilds").retrieve().toBodilessEntity();
        await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild().path("state").asText().matches("reading|switching"));

        assertThat(rebuild().path("state").asText()).as(rebuild().toString()).isEqualTo("done");
        assertThat(rebuild().path("applied").asLong()).isEqualTo(3);
        assertThat(version()).isEqualTo(3);
        try (var writer = new TopicWriter(bootstrapServers, topic)) {
            writer.publish(SampleEvents.exchanged(TRACK, 4));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> version() == 4);
    }

    private JsonNode rebuild() {
        return TestApiKeys.admin(port).get().uri("/api/v1/admin/projection-rebuilds/current")
                .exchange((request, response) -> json.readTree(response.getBody()));
    }

    private long version() {
        return TestApiKeys.reader(port).get().uri("/api/v1/tracks/{trackId}", TRACK.value())
                .exchange((request, response) -> response.getStatusCode().value() == 200
                        ? json.readTree(response.getBody()).path("version").asLong() : 0L);
    }
}
