package dev.parley.timeline.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The README's run command in-process: embedded PostgreSQL and Kafka in a data directory, the demo
 * track on first start, and everything still there after a clean stop and a restart.
 */
class StandaloneLauncherTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void firstStartRecordsTheDemoAndARestartKeepsEverything(@TempDir Path dataDir) throws Exception {
        var args = new String[] {
            "--server.port=0",
            "--parley.standalone.data-dir=" + dataDir,
            "--parley.standalone.embedded-postgres.port=" + freePort(),
            "--parley.standalone.embedded-kafka.port=" + freePort()
        };

        try (var first = StandaloneApplication.start(args)) {
            var demo = awaitTrack(first, "sharm-el-sheikh-talks", SHARM_DEMO_EVENTS);
            assertThat(demo.get("exchanges").get(0).get("from").get("id").asText()).isEqualTo("hamas");
            assertThat(demo.get("exchanges").get(0).get("metadata").get("occurredAt").asText()).isEqualTo("2025-10-08T00:00:00Z");
            assertThat(demo.get("developments").findValuesAsText("recordedBy")).isNotEmpty().containsOnly("parley-demo-data");
            assertTheDevelopmentKeysAreTheOnlyWayToWrite(first);
            assertThat(demo.get("participants").findValuesAsText("id"))
                    .contains("israel", "hamas", "qatar", "turkey", "united-states");
            var fsync = first.context().getBean(JdbcClient.class).sql("SHOW fsync").query(String.class).single();
            assertThat(fsync).as("the standalone database must be durable").isEqualTo("on");
            assertTopicIsThePermanentPublicLog(first.context().getEnvironment().getProperty("spring.kafka.bootstrap-servers"));
        }

        try (var second = StandaloneApplication.start(args)) {
            var health = RestClient.create(baseUrl(second)).get().uri("/actuator/health").retrieve().body(String.class);
            assertThat(health).contains("\"status\":\"UP\"");
            var events = second.context().getBean(JdbcClient.class)
                    .sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
            assertThat(events).as("the demo is recorded once, not again on restart, next to the key check's track")
                    .isEqualTo(demoLines() + 1);
            awaitTrack(second, "sharm-el-sheikh-talks", SHARM_DEMO_EVENTS);
        }
    }

    /** As the README says: anyone may read, a write needs the dev editor key, and it names its key. */
    private void assertTheDevelopmentKeysAreTheOnlyWayToWrite(StandaloneApplication.Running running) throws IOException {
        var announce = """
                {"type": "track-announced", "name": "Keys", "kind": "indirect-talks",
                 "host": {"id": "egypt", "name": "Egypt", "kind": "state", "country": "EG"},
                 "venue": {"name": "Sharm el-Sheikh", "country": "EG"},
                 "occurredAt": "2025-10-06", "sources": [{"publisher": "Reuters"}]}""";
        var anonymous = write(running, announce, null);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(write(running, announce, "parley-dev-reader-key").getStatusCode().value()).isEqualTo(403);
        assertThat(write(running, announce, "parley-dev-editor-key").getStatusCode().value()).isEqualTo(201);
        var track = awaitTrack(running, "keys-check", 1);
        assertThat(track.get("developments").findValuesAsText("recordedBy")).containsExactly("dev-editor");
    }

    private static org.springframework.http.ResponseEntity<String> write(StandaloneApplication.Running running, String body,
            String key) {
        return RestClient.create(baseUrl(running)).post().uri("/api/v1/tracks/keys-check/commands")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    if (key != null) {
                        headers.add("X-API-Key", key);
                    }
                })
                .body(body)
                .exchange((request, response) -> org.springframework.http.ResponseEntity.status(response.getStatusCode())
                        .headers(response.getHeaders()).body(new String(response.getBody().readAllBytes(),
                                java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The Sharm el-Sheikh track's lines in the demo file: its version once the demo is projected. */
    private static final long SHARM_DEMO_EVENTS = demoLines("\"trackId\": \"sharm-el-sheikh-talks\"");

    private static long demoLines() {
        return demoLines("");
    }

    private static long demoLines(String containing) {
        try {
            return new org.springframework.core.io.ClassPathResource("demo/seed-tracks.ndjson")
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && line.contains(containing)).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Created by Parley at start-up: six partitions, and kept forever because it is replayable. */
    private static void assertTopicIsThePermanentPublicLog(String bootstrapServers) throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var topic = admin.describeTopics(List.of("parley.timeline.events")).allTopicNames().get()
                    .get("parley.timeline.events");
            assertThat(topic.partitions()).hasSize(6);
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, "parley.timeline.events");
            var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
        }
    }

    private JsonNode awaitTrack(StandaloneApplication.Running running, String trackId, long version) {
        var api = RestClient.create(baseUrl(running));
        return await().atMost(Duration.ofSeconds(60)).until(() -> api.get().uri("/api/v1/tracks/{id}", trackId)
                        .exchange((request, response) -> response.getStatusCode().is2xxSuccessful()
                                ? json.readTree(response.getBody()) : null),
                body -> body != null && body.get("version").asLong() == version);
    }

    private static String baseUrl(StandaloneApplication.Running running) {
        return "http://localhost:" + ((WebServerApplicationContext) running.context()).getWebServer().getPort();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
