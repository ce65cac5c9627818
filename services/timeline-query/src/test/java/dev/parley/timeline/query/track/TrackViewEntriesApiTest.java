package dev.parley.timeline.query.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.AssessmentReported;
import dev.parley.timeline.contract.track.EventMetadata;
import dev.parley.timeline.contract.track.Mood;
import dev.parley.timeline.contract.track.PositionStated;
import dev.parley.timeline.contract.track.Precision;
import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.StanceKind;
import dev.parley.timeline.contract.track.StickingPointNarrowed;
import dev.parley.timeline.contract.track.StickingPointRaised;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.query.QueryTestApplication;
import dev.parley.timeline.query.TopicFedTest;
import dev.parley.timeline.testkit.TestApiKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/v1/tracks/{trackId}?entries=}: a long track's view shows the latest entries of
 * each list and counts them all, live and at another time alike.
 */
@SpringBootTest(classes = QueryTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackViewEntriesApiTest extends TopicFedTest {

    private static final TrackId TRACK = new TrackId("entries-sharm");
    private static final String ISSUE = "withdrawal-lines";

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    private static EventMetadata on(int sequence, String day) {
        return SampleEvents.metadata(TRACK, sequence, day + "T00:00:00Z", Precision.DAY);
    }

    @BeforeAll
    void recordALongerHistory() {
        var events = new ArrayList<TrackEvent>(List.of(SampleEvents.announced(TRACK),
                new StickingPointRaised(on(2, "2025-10-06"), ISSUE, "Withdrawal lines", null),
                new StickingPointNarrowed(on(3, "2025-10-07"), ISSUE, "first note"),
                new StickingPointNarrowed(on(4, "2025-10-08"), ISSUE, "second note"),
                new StickingPointNarrowed(on(5, "2025-10-09"), ISSUE, "third note"),
                mood(6, "2025-10-07", Mood.CAUTIOUS),
                mood(7, "2025-10-09", Mood.OPTIMISTIC),
                // reported last, occurred in between
                mood(8, "2025-10-08", Mood.PESSIMISTIC)));
        var actors = List.of(SampleEvents.ISRAEL, SampleEvents.HAMAS, SampleEvents.EGYPT);
        for (int i = 0; i < actors.size(); i++) {
            events.add(position(9 + i, "2025-10-0" + (7 + i), actors.get(i)));
        }
        try (var writer = topicWriter()) {
            writer.publish(events.toArray(TrackEvent[]::new));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> track("").path("version").asLong() == 11);
    }

    private static AssessmentReported mood(int sequence, String day, Mood mood) {
        return new AssessmentReported(on(sequence, day), mood, SampleEvents.EGYPT, null);
    }

    private static PositionStated position(int sequence, String day, Actor actor) {
        return new PositionStated(on(sequence, day), actor, ISSUE, StanceKind.DEMAND, "Statement " + sequence, null);
    }

    private JsonNode track(String query) {
        return TestApiKeys.reader(port).get().uri("/api/v1/tracks/" + TRACK.value() + query)
                .exchange((request, response) -> json.readTree(response.getBody()));
    }

    @Test
    void eachListShowsItsLatestEntriesAndCountsThemAll() {
        var view = track("?entries=2");

        assertThat(view.get("moods").findValuesAsText("mood")).as("the latest two by occurrence")
                .containsExactly("pessimistic", "optimistic");
        assertThat(view.get("entryCounts").get("moods").asInt()).isEqualTo(3);
        assertThat(view.get("positions")).hasSize(2);
        assertThat(view.get("entryCounts").get("positions").asInt()).isEqualTo(3);
        assertThat(view.get("entryCounts").get("stickingPoints").asInt()).isEqualTo(1);
        assertThat(view.get("latestMood").get("mood").asText()).isEqualTo("optimistic");
        var point = view.get("stickingPoints").get(0);
        assertThat(point.get("notes")).extracting(JsonNode::asText).containsExactly("second note", "third note");
        assertThat(point.get("noteCount").asInt()).isEqualTo(3);
        assertThat(point.get("positions").findValuesAsText("id")).as("every actor's stance, not only the positions shown")
                .containsExactlyInAnyOrder("israel", "hamas", "egypt");
    }

    @Test
    void withoutEntriesAHundredOfEachAreShown() {
        var view = track("");

        assertThat(view.get("moods")).hasSize(3);
        assertThat(view.get("stickingPoints").get(0).get("notes")).hasSize(3);
        assertThat(view.get("entryCounts").get("exchanges").asInt()).isZero();
    }

    @Test
    void noEntriesLeavesOnlyTheCounts() {
        var view = track("?entries=0");

        assertThat(view.get("moods")).isEmpty();
        assertThat(view.get("stickingPoints")).isEmpty();
        assertThat(view.get("entryCounts").get("moods").asInt()).isEqualTo(3);
        assertThat(view.get("status").asText()).isEqualTo("announced");
    }

    @Test
    void aViewAtAnotherTimeIsCutTheSameWayAsTheLiveOne() {
        var live = track("?entries=2");
        var travelled = track("?entries=2&asOf=2025-10-31");

        assertThat(travelled).isEqualTo(live);
        var earlier = track("?entries=1&asOf=2025-10-07");
        assertThat(earlier.get("moods").findValuesAsText("mood")).containsExactly("cautious");
        assertThat(earlier.get("entryCounts").get("moods").asInt()).isEqualTo(1);
        assertThat(earlier.get("stickingPoints").get(0).get("noteCount").asInt()).isEqualTo(1);
    }

    @Test
    void theLiveViewFollowsEachNewDevelopment() {
        var later = new TrackId("entries-later");
        try (var writer = topicWriter()) {
            writer.publish(SampleEvents.announced(later));
            await().atMost(Duration.ofSeconds(30)).until(() -> live(later).path("version").asLong() == 1);

            writer.publish(new AssessmentReported(SampleEvents.metadata(later, 2, "2025-10-07T00:00:00Z", Precision.DAY),
                    Mood.CAUTIOUS, SampleEvents.EGYPT, null));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> live(later).path("version").asLong() == 2);
        assertThat(live(later).get("moods")).hasSize(1);
    }

    private JsonNode live(TrackId track) {
        return TestApiKeys.reader(port).get().uri("/api/v1/tracks/" + track.value())
                .exchange((request, response) -> json.readTree(response.getBody()));
    }

    @Test
    void entriesOutOfRangeAreABadRequestNamingThem() {
        for (var bad : List.of("-1", "1001", "all")) {
            var problem = track("?entries=" + bad);
            assertThat(problem.get("status").asInt()).as(bad).isEqualTo(400);
            assertThat(problem.get("errors").get(0).get("field").asText()).as(bad).isEqualTo("entries");
        }
    }
}
