package dev.parley.timeline.query.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.contract.track.Confidence;
import dev.parley.timeline.contract.track.EventCorrected;
import dev.parley.timeline.contract.track.EventMetadata;
import dev.parley.timeline.contract.track.EventRetracted;
import dev.parley.timeline.contract.track.ExchangedList;
import dev.parley.timeline.contract.track.HostageListExchanged;
import dev.parley.timeline.contract.track.ListKind;
import dev.parley.timeline.contract.track.ParticipantJoined;
import dev.parley.timeline.contract.track.ParticipantRole;
import dev.parley.timeline.contract.track.Precision;
import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.Source;
import dev.parley.timeline.contract.track.TrackAnnounced;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.contract.track.TrackKind;
import dev.parley.timeline.query.QueryTestApplication;
import dev.parley.timeline.query.TopicWriter;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@code asOf} (what had occurred) and {@code knownAt} (what had been recorded) on a track whose
 * history has a late report, a correction and a retraction, through the public API: the track's
 * state and the cross-track timeline.
 */
@SpringBootTest(classes = QueryTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeTravelApiTest {

    private static final TrackId TRACK = new TrackId("time-travel-sharm");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Value("${parley.timeline.query.topic}")
    String topic;

    private final ObjectMapper json = new ObjectMapper();

    private static EventMetadata metadata(int sequence, String occurred, String recorded) {
        return new EventMetadata(UUID.nameUUIDFromBytes(("time-travel/" + sequence).getBytes()), TRACK, sequence,
                Instant.parse(occurred + "T00:00:00Z"), Precision.DAY, Instant.parse(recorded), "editor",
                List.of(new Source("Reuters", null, null, null)), Confidence.REPORTED, null, UUID.randomUUID(), null);
    }

    private static HostageListExchanged exchange(EventMetadata metadata, boolean withQatar) {
        return new HostageListExchanged(metadata, SampleEvents.HAMAS, null,
                withQatar ? List.of(SampleEvents.EGYPT, SampleEvents.QATAR) : List.of(SampleEvents.EGYPT),
                List.of(new ExchangedList(ListKind.HOSTAGES, null), new ExchangedList(ListKind.PRISONERS, null)));
    }

    @BeforeAll
    void recordAHistory() {
        var exchanged = metadata(2, "2025-10-08", "2025-10-08T18:00:00Z");
        var lateJoin = metadata(3, "2025-10-06", "2025-10-10T09:00:00Z");
        try (var writer = new TopicWriter(bootstrapServers, topic)) {
            writer.publish(
                    new TrackAnnounced(metadata(1, "2025-10-06", "2025-10-06T10:00:00Z"), "Sharm el-Sheikh indirect talks",
                            TrackKind.INDIRECT_TALKS, SampleEvents.EGYPT, null, null, null, null),
                    exchange(exchanged, true),
                    // occurred on Monday, reported only on Friday
                    new ParticipantJoined(lateJoin, SampleEvents.QATAR, ParticipantRole.MEDIATOR, List.of()),
                    new EventCorrected(metadata(4, "2025-10-11", "2025-10-11T09:00:00Z"), exchanged.eventId(),
                            "Qatar passed no list", exchange(exchanged, false)),
                    new EventRetracted(metadata(5, "2025-10-12", "2025-10-12T09:00:00Z"), lateJoin.eventId(),
                            "Qatar denies taking part"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> track("").path("version").asLong() == 5);
    }

    private JsonNode track(String query) {
        return TestApiKeys.reader(port).get().uri("/api/v1/tracks/" + TRACK.value() + query)
                .exchange((request, response) -> json.readTree(response.getBody()));
    }

    @Test
    void asOfTheDayBeforeTheExchangeShowsNoExchangeAndAsOfTheDayAfterItDoes() {
        assertThat(track("?asOf=2025-10-07").get("exchanges")).isEmpty();
        assertThat(track("?asOf=2025-10-08").get("exchanges")).as("a date means the end of that day").hasSize(1);
        assertThat(track("?asOf=2025-10-09").get("exchanges")).hasSize(1);
        assertThat(track("?asOf=2025-10-07T23:59:59Z").get("exchanges")).isEmpty();
    }

    @Test
    void aLateReportTakesItsPlaceByOccurrenceButIsUnknownBeforeItWasRecorded() {
        var knownFriday = track("?knownAt=2025-10-10");
        assertThat(knownFriday.get("participants").findValuesAsText("id")).containsExactly("qatar");
        assertThat(knownFriday.get("developments")).extracting(d -> d.get("type").asText())
                .as("ordered by occurrence: the late report sits before the exchange")
                .containsExactly("track-announced", "participant-joined", "hostage-list-exchanged");

        assertThat(track("?knownAt=2025-10-09").get("participants")).isEmpty();
        assertThat(track("?knownAt=2025-10-10T09:00:00Z").get("participants").findValuesAsText("id"))
                .as("a date-time includes what was recorded at that very instant").containsExactly("qatar");
        assertThat(timeline("&knownAt=2025-10-10T09:00:00Z").get("developments")).hasSize(3);
        assertThat(track("?knownAt=2025-10-10T08:59:59.999999Z").get("participants")).isEmpty();
        assertThat(track("?knownAt=2025-10-09&asOf=2025-10-06").get("developments")).hasSize(1);
    }

    @Test
    void knownAtBeforeACorrectionShowsTheOriginalAndAfterItTheCorrectedVersion() {
        assertThat(track("?knownAt=2025-10-10").get("exchanges").get(0).get("mediators").findValuesAsText("id"))
                .containsExactly("egypt", "qatar");
        assertThat(track("?knownAt=2025-10-11").get("exchanges").get(0).get("mediators").findValuesAsText("id"))
                .containsExactly("egypt");
        assertThat(track("").get("exchanges").get(0).get("mediators").findValuesAsText("id")).containsExactly("egypt");
    }

    @Test
    void knownAtBeforeARetractionShowsTheDevelopmentAndAfterItDoesNot() {
        assertThat(track("?knownAt=2025-10-11").get("participants").findValuesAsText("id")).containsExactly("qatar");
        var after = track("?knownAt=2025-10-12");
        assertThat(after.get("participants")).isEmpty();
        assertThat(after.get("developments").findValues("amendment")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("retracted", "corrected");
    }

    @Test
    void withoutLimitsTheTimeTravelFoldEqualsTheLiveProjection() {
        var live = track("");
        var travelled = track("?knownAt=2030-01-01&asOf=2030-01-01");

        JsonNode travelledState = ((ObjectNode) travelled.deepCopy()).without("developments");
        JsonNode liveState = ((ObjectNode) live.deepCopy()).without("developments");
        assertThat(travelledState).isEqualTo(liveState);
        assertThat(travelled.get("developments").findValuesAsText("eventId"))
                .isEqualTo(live.get("developments").findValuesAsText("eventId"));
        assertThat(live.get("developments").findValuesAsText("recordedBy")).as("who recorded each, live and travelled")
                .isNotEmpty().containsOnly("editor")
                .isEqualTo(travelled.get("developments").findValuesAsText("recordedBy"));
    }

    @Test
    void aTrackNotYetAnnouncedIsNotFoundAndAMalformedTimeIsABadRequestNamingIt() {
        int unknownThen = TestApiKeys.reader(port).get()
                .uri("/api/v1/tracks/" + TRACK.value() + "?knownAt=2025-10-05")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(unknownThen).isEqualTo(404);
        int badStatus = TestApiKeys.reader(port).get()
                .uri("/api/v1/tracks/" + TRACK.value() + "?asOf=last-tuesday")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(badStatus).isEqualTo(400);
        assertThat(track("?asOf=last-tuesday").get("errors").get(0).get("field").asText()).isEqualTo("asOf");
    }

    private JsonNode trackInList(String query) {
        var list = TestApiKeys.reader(port).get().uri("/api/v1/tracks" + query)
                .exchange((request, response) -> json.readTree(response.getBody()));
        for (var track : list) {
            if (track.get("trackId").asText().equals(TRACK.value())) {
                return track;
            }
        }
        return null;
    }

    @Test
    void theTrackListShowsEachTrackAsItStoodThen() {
        assertThat(trackInList("?knownAt=2025-10-05")).as("not yet announced").isNull();
        var knownFriday = trackInList("?knownAt=2025-10-10");
        assertThat(knownFriday.get("version").asLong()).isEqualTo(3);
        assertThat(knownFriday.get("lastOccurredAt").asText()).isEqualTo("2025-10-08T00:00:00Z");
        assertThat(trackInList("?asOf=2025-10-07").get("lastOccurredAt").asText())
                .as("the exchange had not occurred yet").isEqualTo("2025-10-06T00:00:00Z");
        assertThat(trackInList("?asOf=2030-01-01&knownAt=2030-01-01")).isEqualTo(trackInList(""));

        var bad = TestApiKeys.reader(port).get().uri("/api/v1/tracks?knownAt=soon")
                .exchange((request, response) -> json.readTree(response.getBody()));
        assertThat(bad.get("errors").get(0).get("field").asText()).isEqualTo("knownAt");
    }

    @Test
    void theTrackViewListsTheLatestDevelopmentsAskedForAndCountsThemAll() {
        var live = track("?developments=2");
        assertThat(live.get("developmentCount").asInt()).isEqualTo(5);
        assertThat(live.get("developments")).extracting(d -> d.get("sequence").asInt())
                .as("the two latest by occurrence, oldest first").containsExactly(4, 5);
        var knownFriday = track("?knownAt=2025-10-10&developments=1");
        assertThat(knownFriday.get("developmentCount").asInt()).isEqualTo(3);
        assertThat(knownFriday.get("developments")).extracting(d -> d.get("type").asText())
                .containsExactly("hostage-list-exchanged");
        assertThat(track("?developments=0").get("developments")).isEmpty();
        for (var bad : List.of("-1", "1001", "many")) {
            assertThat(track("?developments=" + bad).get("errors").get(0).get("field").asText()).as(bad)
                    .isEqualTo("developments");
        }
    }

    private JsonNode timeline(String query) {
        return TestApiKeys.reader(port).get().uri("/api/v1/timeline?track=" + TRACK.value() + query)
                .exchange((request, response) -> json.readTree(response.getBody()));
    }

    @Test
    void theTimelineOrdersByOccurrenceAndShowsWhatWasKnownThen() {
        var knownFriday = timeline("&knownAt=2025-10-10");
        assertThat(knownFriday.get("developments")).extracting(d -> d.get("type").asText())
                .containsExactly("track-announced", "participant-joined", "hostage-list-exchanged");
        assertThat(knownFriday.get("developments").get(2).get("corrected").asBoolean()).isFalse();
        assertThat(knownFriday.get("developments").get(2).get("event").get("mediators").findValuesAsText("id"))
                .containsExactly("egypt", "qatar");

        var live = timeline("");
        assertThat(live.get("developments")).extracting(d -> d.get("type").asText())
                .as("the retracted participation is gone, the corrected exchange stays")
                .containsExactly("track-announced", "hostage-list-exchanged");
        assertThat(live.get("developments").get(1).get("corrected").asBoolean()).isTrue();
        assertThat(timeline("&asOf=2025-10-07").get("developments")).extracting(d -> d.get("type").asText())
                .containsExactly("track-announced");
    }

    @Test
    void theTimelineFiltersByActorTypeAndText() {
        assertThat(timeline("&actor=qatar&knownAt=2025-10-10").get("developments")).hasSize(2);
        assertThat(timeline("&actor=qatar").get("developments")).as("no longer, after the correction and retraction").isEmpty();
        assertThat(timeline("&type=hostage-list-exchanged").get("developments")).hasSize(1);
        assertThat(timeline("&q=SHARM").get("developments")).extracting(d -> d.get("type").asText())
                .containsExactly("track-announced");
        assertThat(timeline("&from=2025-10-08&to=2025-10-08").get("developments")).extracting(d -> d.get("type").asText())
                .containsExactly("hostage-list-exchanged");
    }

    @Test
    void theTimelinePagesWithACursorWithoutRepeatsOrGaps() {
        var first = timeline("&knownAt=2025-10-10&limit=2");
        assertThat(first.get("developments")).hasSize(2);
        var next = first.get("next").asText();
        var second = timeline("&knownAt=2025-10-10&limit=2&after=" + next);

        assertThat(second.get("developments")).extracting(d -> d.get("type").asText()).containsExactly("hostage-list-exchanged");
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void badTimelineParametersAreBadRequestsNamingThem() {
        for (var bad : List.of("limit=0", "type=summit-cancelled-by-aliens", "after=not-a-cursor", "actor=Not%20A%20Slug",
                "knownAt=yesterday")) {
            var reply = TestApiKeys.reader(port).get().uri("/api/v1/timeline?" + bad)
                    .exchange((request, response) -> json.readTree(response.getBody()));
            assertThat(reply.get("status").asInt()).as(bad).isEqualTo(400);
            assertThat(reply.get("errors").get(0).get("field").asText()).as(bad).isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
    }
}
