package dev.parley.timeline.query.track;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;

/** {@code GET /api/v1/tracks[/{trackId}]} over HTTP, after events arrive through the topic. */
@SpringBootTest(classes = QueryTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class TrackQueryApiTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Value("${parley.timeline.query.topic}")
    String topic;

    private final ObjectMapper json = new ObjectMapper();

    record Reply(int status, MediaType contentType, String etag, JsonNode body) {
    }

    Reply get(String path, Object... variables) {
        return TestApiKeys.reader(port).get().uri(path, variables)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(),
                        response.getHeaders().getContentType(), response.getHeaders().getETag(),
                        json.readTree(response.getBody())));
    }

    @Test
    void trackStateShowsHostVenueParticipantsAndExchanges() {
        var track = new TrackId("query-sharm");
        try (var writer = new TopicWriter(bootstrapServers, topic)) {
            writer.publish(SampleEvents.announced(track), SampleEvents.joined(track, 2), SampleEvents.exchanged(track, 3));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/tracks/{id}", track.value()).status() == 200
                && get("/api/v1/tracks/{id}", track.value()).body().get("version").asLong() == 3);
        var reply = get("/api/v1/tracks/{id}", track.value());
        var body = reply.body();

        assertThat(reply.etag()).isEqualTo("\"3\"");
        assertThat(body.get("trackId").asText()).isEqualTo("query-sharm");
        assertThat(body.get("name").asText()).isEqualTo("Sharm el-Sheikh indirect talks");
        assertThat(body.get("kind").asText()).isEqualTo("indirect-talks");
        assertThat(body.get("status").asText()).isEqualTo("announced");
        assertThat(body.get("host").get("id").asText()).isEqualTo("egypt");
        assertThat(body.get("venue").get("name").asText()).isEqualTo("Sharm el-Sheikh");
        assertThat(body.get("participants").get(0).get("actor").get("id").asText()).isEqualTo("qatar");
        assertThat(body.get("participants").get(0).get("role").asText()).isEqualTo("mediator");
        assertThat(body.get("participants").get(0).get("representatives").get(0).get("title").asText())
                .isEqualTo("Prime Minister");
        var exchange = body.get("exchanges").get(0);
        assertThat(exchange.get("from").get("id").asText()).isEqualTo("hamas");
        assertThat(exchange.get("to").get("id").asText()).isEqualTo("israel");
        assertThat(exchange.get("mediators").findValuesAsText("id")).containsExactly("egypt", "qatar");
        assertThat(exchange.get("lists").findValuesAsText("kind")).containsExactly("hostages", "prisoners");
        assertThat(exchange.get("metadata").get("occurredAt").asText()).isEqualTo("2025-10-08T00:00:00Z");
        assertThat(exchange.get("metadata").get("occurredAtPrecision").asText()).isEqualTo("day");
        assertThat(exchange.get("metadata").get("confidence").asText()).isEqualTo("reported");
        assertThat(exchange.get("metadata").get("sources").get(0).get("attribution").asText())
               .isEqualTo("officials familiar with the matter");
        assertThat(body.get("lastOccurredAt").asText()).isEqualTo("2025-10-08T00:00:00Z");

        var list = get("/api/v1/tracks").body();
        assertThat(list.findValuesAsText("trackId")).contains("query-sharm");
    }

    @Test
    void unknownTrackIsANotFoundProblem() {
        var reply = get("/api/v1/tracks/{id}", "never-announced");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(reply.body().get("type").asText()).isEqualTo("https://parley.dev/problems/track-not-found");
        assertThat(reply.body().get("detail").asText()).contains("never-announced");
    }
}
