package dev.parley.timeline.command.track;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.timeline.command.eventstore.TrackEventRevisionResolver;
import dev.parley.timeline.contract.json.TimelineJson;
import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.ActorKind;
import dev.parley.timeline.contract.track.Confidence;
import dev.parley.timeline.contract.track.EventCorrected;
import dev.parley.timeline.contract.track.EventRetracted;
import dev.parley.timeline.contract.track.ExchangedList;
import dev.parley.timeline.contract.track.HostageListExchanged;
import dev.parley.timeline.contract.track.ListKind;
import dev.parley.timeline.contract.track.ParticipantJoined;
import dev.parley.timeline.contract.track.ParticipantRole;
import dev.parley.timeline.contract.track.PositionStated;
import dev.parley.timeline.contract.track.Precision;
import dev.parley.timeline.contract.track.Representative;
import dev.parley.timeline.contract.track.SessionConvened;
import dev.parley.timeline.contract.track.Source;
import dev.parley.timeline.contract.track.StanceKind;
import dev.parley.timeline.contract.track.TrackAnnounced;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.contract.track.TrackKind;
import dev.parley.timeline.contract.track.Venue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * A track survives its snapshot: written with the event store's serializer and read back, it is
 * the same track, corrections and retractions included, down to its folded history.
 */
class TrackSnapshotTest {

    private static final TrackId TRACK = new TrackId("sharm-el-sheikh-talks");
    private static final Actor EGYPT = new Actor("egypt", "Egypt", ActorKind.STATE, "EG");
    private static final Actor HAMAS = new Actor("hamas", "Hamas", ActorKind.ARMED_GROUP, "PS");
    private static final Actor ISRAEL = new Actor("israel", "Israel", ActorKind.STATE, "IL");

    /** As the event store is configured (eventstore/EventStoreConfiguration). */
    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(TimelineJson.newMapper())
            .revisionResolver(new TrackEventRevisionResolver())
            .build();

    private static CommandContext context(int eventNumber) {
        return new CommandContext(eventId(eventNumber), Instant.parse("2025-10-06T00:00:00Z").plusSeconds(eventNumber),
                Precision.DAY, "editor", List.of(new Source("Reuters", null, "officials familiar with the matter", null)),
                Confidence.REPORTED, null, UUID.fromString("10000000-0000-0000-0000-000000000000"), null);
    }

    private static UUID eventId(int number) {
        return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", number));
    }

    private static Track folded(List<TrackEvent> events) {
        var track = new Track();
        events.forEach(track::on);
        return track;
    }

    private static List<TrackEvent> history() {
        var recorded = Instant.parse("2025-10-09T08:00:00Z");
        var exchange = new HostageListExchanged(context(4).toMetadata(TRACK, 4, recorded), HAMAS, ISRAEL, List.of(EGYPT, HAMAS),
                List.of(new ExchangedList(ListKind.HOSTAGES, null), new ExchangedList(ListKind.PRISONERS, 250)));
        var correction = context(6).toMetadata(TRACK, 6, recorded);
        var replacement = new HostageListExchanged(context(4).replacing(exchange.metadata(), correction), HAMAS, ISRAEL,
                List.of(EGYPT), exchange.lists());
        return List.of(
                new TrackAnnounced(context(1).toMetadata(TRACK, 1, recorded), "Sharm el-Sheikh indirect talks",
                        TrackKind.INDIRECT_TALKS, EGYPT, new Venue("Sharm el-Sheikh", "EG"), null, "Gaza plan", null),
                new ParticipantJoined(context(2).toMetadata(TRACK, 2, recorded), HAMAS, ParticipantRole.PARTY,
                        List.of(new Representative("Khalil al-Hayya", "chief negotiator"))),
                new SessionConvened(context(3).toMetadata(TRACK, 3, recorded), "first round", null),
                exchange,
                new PositionStated(context(5).toMetadata(TRACK, 5, recorded), ISRAEL, "disarmament", StanceKind.CONDITION,
                        "Hamas must disarm", null),
                new EventCorrected(correction, eventId(4), "Hamas is no mediator", replacement),
                new EventRetracted(context(7).toMetadata(TRACK, 7, recorded), eventId(5), "never said"));
    }

    @Test
    void aTrackReadFromItsSnapshotIsTheTrackItsEventsFold() {
        var track = folded(history());

        var snapshot = serializer.serialize(track, byte[].class);
        var restored = serializer.<byte[], Track>deserialize(snapshot);

        assertThat(snapshot.getType().getName()).isEqualTo(Track.class.getName());
        assertThat(snapshot.getType().getRevision()).isEqualTo(TrackEventRevisionResolver.TRACK_SNAPSHOT_REVISION);
        assertThat(restored).usingRecursiveComparison().isEqualTo(track);
        assertThat(restored).usingRecursiveComparison().isEqualTo(folded(history()));
    }

    @Test
    void aSnapshotIsTheTracksEventsWithTheirTypes() {
        var json = new String(serializer.serialize(folded(history()), byte[].class).getData(), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\"events\":[{").contains("\"type\":\"track-announced\"", "\"type\":\"event-corrected\"",
                "\"type\":\"event-retracted\"");
    }

    @Test
    void theSnapshotRevisionNamesTheFormatAndEveryEventVersion() {
        assertThat(TrackEventRevisionResolver.TRACK_SNAPSHOT_REVISION)
                .startsWith("snapshot-" + Track.SNAPSHOT_FORMAT + "/events-")
                .hasSizeLessThanOrEqualTo(255);
    }
}
