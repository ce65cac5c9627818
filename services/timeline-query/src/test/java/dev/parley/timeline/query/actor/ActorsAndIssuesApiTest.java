package dev.parley.timeline.query.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.query.QueryTestApplication;
import dev.parley.timeline.query.TopicWriter;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The cross-track read models through the public API: an actor's roles and positions, and each
 * sticking point with each actor's stance, live and as of a time; fed one sample of every event
 * type (including a correction and a retraction) through the topic.
 */
@SpringBootTest(classes = QueryTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActorsAndIssuesApiTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Value("${parley.timeline.query.topic}")
    String topic;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void publishOneOfEveryEvent() {
        try (var writer = new TopicWriter(bootstrapServers, topic)) {
            writer.publish(SampleEvents.all().toArray(TrackEvent[]::new));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/tracks/sharm-el-sheikh-talks").path("version").asLong() == 31);
    }

    private JsonNode get(String path) {
        return TestApiKeys.reader(port).get().uri(path)
                .exchange((request, response) -> json.readTree(response.getBody()));
    }

    /** The actor on the sample track: other tests of this context publish tracks of their own. */
    private JsonNode onSampleTrack(String actorId) {
        for (var track : get("/api/v1/actors/" + actorId).get("tracks")) {
            if (track.get("trackId").asText().equals("sharm-el-sheikh-talks")) {
                return track;
            }
        }
        throw new AssertionError(actorId + " is not on the sample track");
    }

    @Test
    void anActorShowsItsRolesPositionsResponsesAndPledgesPerTrack() {
        assertThat(get("/api/v1/actors/qatar").get("name").asText()).isEqualTo("Qatar");
        var role = onSampleTrack("qatar").get("roles").get(0);
        assertThat(role.get("role").asText()).isEqualTo("mediator");
        assertThat(role.get("active").asBoolean()).as("Qatar withdrew as mediator").isFalse();

        var france = onSampleTrack("france");
        assertThat(france.get("commitments")).hasSize(1);
        assertThat(france.get("responses").findValuesAsText("response")).containsExactly("endorsed");

        var hamas = onSampleTrack("hamas");
        assertThat(hamas.get("positions").get(0).get("stance").asText()).isEqualTo("refusal");
        assertThat(hamas.get("responses")).as("its rejection was retracted").isEmpty();
        assertThat(hamas.get("assessments").get(0).get("mood").asText()).isEqualTo("optimistic");

        assertThat(onSampleTrack("egypt").get("host").asBoolean()).isTrue();
    }

    @Test
    void anUnknownActorIsNotFoundAndSoIsOneNotYetRecorded() {
        assertThat(get("/api/v1/actors/nobody").get("status").asInt()).isEqualTo(404);
        assertThat(get("/api/v1/actors/hamas?knownAt=2025-10-08").get("status").asInt()).isEqualTo(404);
        assertThat(get("/api/v1/actors/Not%20A%20Slug").get("status").asInt()).isEqualTo(400);
    }

    @Test
    void eachStickingPointShowsEachActorsLatestStanceLiveAndAsOfADate() {
        var live = get("/api/v1/issues?track=sharm-el-sheikh-talks");
        assertThat(live).hasSize(1);
        assertThat(live.get(0).get("issueId").asText()).isEqualTo("disarmament");
        assertThat(live.get(0).get("status").asText()).isEqualTo("resolved");
        assertThat(live.get(0).get("positions").findValuesAsText("stance")).containsExactly("refusal");

        var earlier = get("/api/v1/issues?asOf=2025-10-07&track=sharm-el-sheikh-talks");
        assertThat(earlier.get(0).get("status").asText()).as("narrowed on the 8th, resolved on the 9th").isEqualTo("raised");
        assertThat(earlier.get(0).get("positions")).as("Hamas stated its position on the 8th").isEmpty();

        assertThat(get("/api/v1/issues?track=elsewhere")).isEmpty();
        assertThat(get("/api/v1/issues?track=Bad!").get("errors").get(0).get("field").asText()).isEqualTo("track");
    }

    @Test
    void theTrackViewShowsEachActorsLatestStanceUnderItsStickingPoint() {
        var live = get("/api/v1/tracks/sharm-el-sheikh-talks").get("stickingPoints");
        assertThat(live).extracting(point -> point.get("issueId").asText()).containsExactly("disarmament");
        assertThat(live.get(0).get("positions").findValuesAsText("stance")).containsExactly("refusal");
        assertThat(live.get(0).get("positions").get(0).get("actor").get("id").asText()).isEqualTo("hamas");

        var earlier = get("/api/v1/tracks/sharm-el-sheikh-talks?asOf=2025-10-07").get("stickingPoints");
        assertThat(earlier.get(0).get("positions")).as("Hamas stated its position on the 8th").isEmpty();
    }
}
