package dev.parley.timeline.command.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.command.CommandTestApplication;
import dev.parley.timeline.operations.KafkaHealthIndicator;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.RestartablePostgres;
import dev.parley.timeline.testkit.TestApiKeys;
import dev.parley.timeline.testkit.TopicSequences;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * PostgreSQL stopped under a running command service, then started again: while it is away every
 * command is answered 503 with {@code Retry-After} and nothing is stored, readiness is DOWN and
 * liveness is not; once it is back the service records again by itself, and the publisher puts
 * every stored event on the topic.
 */
@SpringBootTest(classes = CommandTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class DatabaseOutageTest {

    private static final RestartablePostgres POSTGRES = RestartablePostgres.started();
    private static final String KEY = "outage-join";

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", POSTGRES::jdbcUrl);
        registry.add("spring.datasource.username", POSTGRES::username);
        registry.add("spring.datasource.password", POSTGRES::password);
    }

    @AfterAll
    static void stopDatabase() {
        POSTGRES.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaHealthIndicator kafkaHealth;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Value("${parley.timeline.topic.name}")
    String topic;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void commandsAre503WithRetryAfterWhileThePostgresIsAwayAndRecordedOnceItIsBack() throws Exception {
        var api = new CommandApiClient(port, jdbc);
        var trackId = api.announced();
        var join = CommandDocuments.join("egypt", "Egypt", "mediator");

        POSTGRES.stop();
        var refused = api.post(trackId, join, "Idempotency-Key", KEY);
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.headers().getFirst("Retry-After")).isEqualTo("5");
        assertThat(refused.headers().getContentType()).hasToString("application/problem+json");
        assertThat(refused.body().path("type").asText()).isEqualTo("https://parley.dev/problems/database-unavailable");

        var imported = importLines(trackId, join, CommandDocuments.exchange());
        assertThat(imported).as("the import stops at its first line").hasSize(2);
        assertThat(imported.get(0).path("status").asInt()).isEqualTo(503);
        assertThat(imported.get(1).path("summary").path("stoppedAtLine").asInt()).isEqualTo(1);

        assertThat(probe("/actuator/health/readiness")).isEqualTo(503);
        assertThat(probe("/actuator/health/liveness")).isEqualTo(200);

        POSTGRES.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> probe("/actuator/health/readiness") == 200);
        assertThat(kafkaHealth.health().getStatus()).as("readiness also holds Kafka, which is up").isEqualTo(Status.UP);
        var recorded = api.post(trackId, join, "Idempotency-Key", KEY);
        assertThat(recorded.status()).as("the same request, retried after the outage").isEqualTo(201);

        assertThat(api.storedEvents(trackId)).as("store: announce + one join, nothing from the outage").isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_record").query(Long.class).single())
                .as("one remembered answer, for the retried key").isEqualTo(1);
        // Axon's publisher backs off (doubling up to 60 s) while the database is away
        // (at least once: a publication whose token could not be stored in the outage is sent again)
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                TopicSequences.firstAppearances(TopicSequences.read(bootstrapServers, topic).get(trackId)))
                .as("topic: every stored event of the track, in order").containsExactly(1L, 2L));
    }

    private List<JsonNode> importLines(String trackId, String... documents) throws Exception {
        var body = new StringBuilder();
        for (var document : documents) {
            var line = (ObjectNode) json.readTree(document);
            body.append(line.put("trackId", trackId)).append('\n');
        }
        var answer = TestApiKeys.editor(port).post().uri("/api/v1/commands").header("Content-Type", "application/x-ndjson")
                .body(body.toString()).retrieve().body(String.class);
        List<JsonNode> lines = new ArrayList<>();
        for (var line : answer.split("\n")) {
            lines.add(json.readTree(line));
        }
        return lines;
    }

    private int probe(String path) {
        // the probes are open: an orchestrator calls them without credentials
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .exchange((request, response) -> response.getStatusCode().value());
    }
}
