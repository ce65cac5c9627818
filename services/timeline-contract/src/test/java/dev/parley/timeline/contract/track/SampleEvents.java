package dev.parley.timeline.contract.track;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The Sharm el-Sheikh talks of the seed article, as fixed sample events (shared with other modules' tests). */
public final class SampleEvents {

    public static final TrackId SHARM = new TrackId("sharm-el-sheikh-talks");
    public static final Actor ISRAEL = new Actor("israel", "Israel", ActorKind.STATE, "IL");
    public static final Actor HAMAS = new Actor("hamas", "Hamas", ActorKind.ARMED_GROUP, "PS");
    public static final Actor EGYPT = new Actor("egypt", "Egypt", ActorKind.STATE, "EG");
    public static final Actor QATAR = new Actor("qatar", "Qatar", ActorKind.STATE, "QA");

    private SampleEvents() {
    }

    public static EventMetadata metadata(long sequence, String occurredAt, Precision precision) {
        return metadata(SHARM, sequence, occurredAt, precision);
    }

    /** Event ids follow from track and sequence, so the same sample is the same event. */
    public static EventMetadata metadata(TrackId trackId, long sequence, String occurredAt, Precision precision) {
        return new EventMetadata(
                SHARM.equals(trackId)
                        ? UUID.fromString("00000000-0000-0000-0000-00000000000" + sequence)
                        : UUID.nameUUIDFromBytes((trackId.value() + "/" + sequence).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                trackId,
                sequence,
                Instant.parse(occurredAt),
                precision,
                Instant.parse("2025-10-09T08:15:30Z"),
                "editor@example.org",
                List.of(new Source("Reuters", URI.create("https://www.reuters.com/world/middle-east/"),
                        "officials familiar with the matter", Instant.parse("2025-10-08T12:00:00Z"))),
                Confidence.REPORTED,
                "Sample development",
                UUID.fromString("10000000-0000-0000-0000-000000000001"),
                null);
    }

    public static TrackAnnounced announced() {
        return announced(SHARM);
    }

    public static ParticipantJoined joined() {
        return joined(SHARM, 2);
    }

    public static HostageListExchanged exchanged() {
        return exchanged(SHARM, 3);
    }

    public static TrackAnnounced announced(TrackId trackId) {
        return new TrackAnnounced(metadata(trackId, 1, "2025-10-06T00:00:00Z", Precision.DAY), "Sharm el-Sheikh indirect talks",
                TrackKind.INDIRECT_TALKS, EGYPT, new Venue("Sharm el-Sheikh", "EG"),
                "Indirect talks between Israel and Hamas on the Gaza plan");
    }

    public static ParticipantJoined joined(TrackId trackId, long sequence) {
        return new ParticipantJoined(metadata(trackId, sequence, "2025-10-06T00:00:00Z", Precision.DAY), QATAR, ParticipantRole.MEDIATOR,
                List.of(new Representative("Mohammed bin Abdulrahman Al Thani", "Prime Minister")));
    }

    public static HostageListExchanged exchanged(TrackId trackId, long sequence) {
        return new HostageListExchanged(metadata(trackId, sequence, "2025-10-08T00:00:00Z", Precision.DAY), HAMAS, ISRAEL,
                List.of(EGYPT, QATAR),
                List.of(new ExchangedList(ListKind.HOSTAGES, null), new ExchangedList(ListKind.PRISONERS, null)));
    }

    public static List<TrackEvent> all() {
        return List.of(announced(), joined(), exchanged());
    }
}
