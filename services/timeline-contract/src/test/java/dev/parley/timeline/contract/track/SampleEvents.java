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
                        ? UUID.fromString(String.format("00000000-0000-0000-0000-%012d", sequence))
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
                null, "Indirect talks between Israel and Hamas on the Gaza plan", null);
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

    private static EventMetadata at(long sequence, String day) {
        return metadata(sequence, day + "T00:00:00Z", Precision.DAY);
    }

    private static final Actor UNITED_STATES = new Actor("united-states", "United States", ActorKind.STATE, "US");
    private static final Actor FRANCE = new Actor("france", "France", ActorKind.STATE, "FR");

    /**
     * One sample of every event type, sequences 1 to 31 of one Sharm el-Sheikh track. It shows
     * each shape, not a history the track would accept: it ends three ways at once.
     */
    public static List<TrackEvent> all() {
        var sharm = new Venue("Sharm el-Sheikh", "EG");
        return List.of(
                announced(),
                joined(),
                exchanged(),
                new MeetingScheduled(at(4, "2025-10-05"), new PlannedTime(Instant.parse("2025-10-06T00:00:00Z"), Precision.DAY),
                        sharm, "first round"),
                new SessionConvened(at(5, "2025-10-06"), "first round", sharm),
                new SessionAdjourned(at(6, "2025-10-07"), "first round", "Delegations consult their capitals"),
                new TalksSuspended(at(7, "2025-10-07"), "Delegations consult their capitals"),
                new TalksResumed(at(8, "2025-10-08"), "Talks resume with the lists on the table"),
                new ParticipantWithdrew(at(9, "2025-10-08"), QATAR, ParticipantRole.MEDIATOR, "Sample withdrawal"),
                new EnvoyDispatched(at(10, "2025-10-08"), UNITED_STATES,
                        List.of(new Representative("Steve Witkoff", "Special Envoy"), new Representative("Jared Kushner", null))),
                new AgendaItemAdded(at(11, "2025-10-06"), "disarmament", AgendaTopic.DISARMAMENT, "Hamas disarmament"),
                new AgendaItemClosed(at(12, "2025-10-09"), "disarmament", "Deferred to the next phase"),
                new StickingPointRaised(at(13, "2025-10-06"), "disarmament", "Hamas disarmament",
                        "Israel wants disarmament before any political transition"),
                new StickingPointNarrowed(at(14, "2025-10-08"), "disarmament", "Both sides accept a phased approach"),
                new StickingPointResolved(at(15, "2025-10-09"), "disarmament", "Decommissioning under Arab supervision"),
                new PositionStated(at(16, "2025-10-08"), HAMAS, "disarmament", StanceKind.REFUSAL,
                        "Refuses to relinquish weapons until a Palestinian state is established", null),
                new PersonsReleased(at(17, "2025-10-13"), ListKind.HOSTAGES, 20, HAMAS, ISRAEL, List.of(EGYPT)),
                new DocumentCirculated(at(18, "2025-10-08"), "joint-actions-note", DocumentKind.NOTE,
                        "Joint actions in support of the US initiative", FRANCE, null),
                new PlanEndorsed(at(19, "2025-10-09"), FRANCE, "joint-actions-note", "France backs the note"),
                new ProposalAccepted(at(20, "2025-10-09"), ISRAEL, "joint-actions-note", null),
                new ProposalRejected(at(21, "2025-10-09"), HAMAS, "joint-actions-note", null),
                new CommitmentMade(at(22, "2025-10-09"), FRANCE, CommitmentKind.RECONSTRUCTION,
                        "Tangible commitments to Gaza's rebuilding", 100_000_000L, "EUR"),
                new AssessmentReported(at(23, "2025-10-08"), Mood.OPTIMISTIC, HAMAS, "The most upbeat assessment yet"),
                new TruceStatusChanged(at(24, "2025-10-09"), TruceStatus.NEXT_PHASE, "phase two", null),
                new AgreementReached(at(25, "2025-10-09"), "First phase of the Gaza plan", List.of(ISRAEL, HAMAS),
                        List.of("Release of hostages", "Partial withdrawal")),
                new TracksLinked(at(26, "2025-10-09"), LinkRelation.PARALLEL_TO, new TrackId("paris-ministerial-gaza")),
                new EventCorrected(at(27, "2025-10-10"), metadata(3, "2025-10-08T00:00:00Z", Precision.DAY).eventId(),
                        "The lists went to Israel through Egypt only",
                        new HostageListExchanged(metadata(3, "2025-10-08T00:00:00Z", Precision.DAY), HAMAS, ISRAEL, List.of(EGYPT),
                                List.of(new ExchangedList(ListKind.HOSTAGES, null), new ExchangedList(ListKind.PRISONERS, null)))),
                new EventRetracted(at(28, "2025-10-10"), metadata(21, "2025-10-09T00:00:00Z", Precision.DAY).eventId(),
                        "No source confirms the rejection"),
                new TalksConcluded(at(29, "2025-10-09"), "Agreement on the first phase"),
                new TalksCollapsed(at(30, "2025-10-11"), "Sample: recorded only to show the shape"),
                new TalksCancelled(at(31, "2025-10-11"), "Sample: recorded only to show the shape"));
    }
}
