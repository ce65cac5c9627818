package dev.parley.timeline.query.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.query.QueryTestApplication;
import dev.parley.timeline.query.TopicWriter;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * A rebuild of every projection from the topic, while reads go on: every read during it answers
 * as before, the rebuilt state equals the live one, and the live consumer carries on afterwards.
 */
// a context (database and topic) of its own: a rebuild reads the whole topic, and other tests
// publish records on theirs that stall a projection on purpose
@SpringBootTest(classes = QueryTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.test.context=projection-rebuild")
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class ProjectionRebuildApiTest {

    private static final TrackId SHARM = new TrackId("rebuild-sharm");
    private static final TrackId PARIS = new TrackId("rebuild-paris");
    private static final List<String> READS = List.of("/api/v1/tracks", "/api/v1/tracks/" + SHARM.value(),
            "/api/v1/tracks/" + PARIS.value(), "/api/v1/timeline?limit=500", "/api/v1/issues", "/api/v1/actors/qatar");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Value("${parley.timeline.query.topic}")
    String topic;

    private final ObjectMapper json = new ObjectMapper();

    private Answer get(String path) {
        return TestApiKeys.admin(port).get().uri(path)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(), json.readTree(response.getBody())));
    }

    private JsonNode post(String path) {
        return TestApiKeys.admin(port).post().uri(path)
                .exchange((request, response) -> json.readTree(response.getBody()));
    }

    record Answer(int status, JsonNode body) {
    }

    @Test
    void aRebuildUnderReadLoadChangesNoAnswerAndTheLiveProjectionCarriesOn() {
        try (var writer = new TopicWriter(bootstrapServers, topic)) {
            writer.publish(SampleEvents.announced(SHARM), SampleEvents.joined(SHARM, 2), SampleEvents.exchanged(SHARM, 3),
                    SampleEvents.announced(PARIS));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/tracks/" + SHARM.value()).body().path("version").asLong() == 3
                && get("/api/v1/tracks/" + PARIS.value()).status() == 200);
        var before = READS.stream().map(this::get).toList();

        var started = post("/api/v1/admin/projection-rebuilds");
        assertThat(started.get("state").asText()).isEqualTo("reading");
        int readsDuringRebuild = 0;
        while (get("/api/v1/admin/projection-rebuilds/current").body().get("state").asText().matches("reading|switching")) {
            for (int i = 0; i < READS.size(); i++) {
                assertThat(get(READS.get(i))).as("%s during the rebuild", READS.get(i)).isEqualTo(before.get(i));
                readsDuringRebuild++;
            }
        }

        var progress = get("/api/v1/admin/projection-rebuilds/current").body();
        assertThat(progress.get("state").asText()).as(progress.toString()).isEqualTo("done");
        assertThat(progress.get("applied").asLong()).isEqualTo(4).isEqualTo(progress.get("total").asLong());
        assertThat(progress.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(readsDuringRebuild).as("reads went on during the rebuild").isPositive();
        for (int i = 0; i < READS.size(); i++) {
            assertThat(get(READS.get(i))).as("%s after the switch", READS.get(i)).isEqualTo(before.get(i));
        }

        try (var writer = new TopicWriter(bootstrapServers, topic)) {
            writer.publish(SampleEvents.joined(PARIS, 2));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/tracks/" + PARIS.value()).body().path("version").asLong() == 2);
    }
}
