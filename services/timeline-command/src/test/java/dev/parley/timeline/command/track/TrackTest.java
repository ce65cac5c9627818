package dev.parley.timeline.command.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.ActorKind;
import dev.parley.timeline.contract.track.AgendaItemAdded;
import dev.parley.timeline.contract.track.AgendaItemClosed;
import dev.parley.timeline.contract.track.AgendaTopic;
import dev.parley.timeline.contract.track.Confidence;
import dev.parley.timeline.contract.track.DocumentCirculated;
import dev.parley.timeline.contract.track.DocumentKind;
import dev.parley.timeline.contract.track.EventCorrected;
import dev.parley.timeline.contract.track.EventMetadata;
import dev.parley.timeline.contract.track.EventRetracted;
import dev.parley.timeline.contract.track.ExchangedList;
import dev.parley.timeline.contract.track.HostageListExchanged;
import dev.parley.timeline.contract.track.LinkRelation;
import dev.parley.timeline.contract.track.ListKind;
import dev.parley.timeline.contract.track.ParticipantJoined;
import dev.parley.timeline.contract.track.ParticipantRole;
import dev.parley.timeline.contract.track.ParticipantWithdrew;
import dev.parley.timeline.contract.track.PlanEndorsed;
import dev.parley.timeline.contract.track.PositionStated;
import dev.parley.timeline.contract.track.Precision;
import dev.parley.timeline.contract.track.Representative;
import dev.parley.timeline.contract.track.SessionAdjourned;
import dev.parley.timeline.contract.track.SessionConvened;
import dev.parley.timeline.contract.track.Source;
import dev.parley.timeline.contract.track.StanceKind;
import dev.parley.timeline.contract.track.StickingPointNarrowed;
import dev.parley.timeline.contract.track.StickingPointRaised;
import dev.parley.timeline.contract.track.StickingPointResolved;
import dev.parley.timeline.contract.track.TalksConcluded;
import dev.parley.timeline.contract.track.TrackAnnounced;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.contract.track.TrackKind;
import dev.parley.timeline.contract.track.TracksLinked;
import dev.parley.timeline.contract.track.TruceStatus;
import dev.parley.timeline.contract.track.TruceStatusChanged;
import dev.parley.timeline.contract.track.Venue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Track aggregate's rules, given earlier events, when a command, then events or a refusal.
 * Each command and its expected event are built from the same facts, so a test states only what
 * differs: the history, the development, and the decision.
 */
class TrackTest {

    private static final TrackId SHARM = new TrackId("sharm-el-sheikh-talks");
    private static final Instant RECORDED = Instant.parse("2025-10-09T08:00:00Z");
    private static final Actor EGYPT = new Actor("egypt", "Egypt", ActorKind.STATE, "EG");
    private static final Actor HAMAS = new Actor("hamas", "Hamas", ActorKind.ARMED_GROUP, "PS");
    private static final Actor ISRAEL = new Actor("israel", "Israel", ActorKind.STATE, "IL");

    private AggregateTestFixture<Track> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(Track.class);
        fixture.registerInjectableResource(Clock.fixed(RECORDED, ZoneOffset.UTC));
    }

    private static CommandContext context(int eventNumber, Long expectedVersion) {
        return new CommandContext(eventId(eventNumber), Instant.parse("2025-10-06T00:00:00Z"), Precision.DAY, "editor",
                List.of(new Source("Reuters", null, "officials familiar with the matter", null)),
                Confidence.REPORTED, null, UUID.fromString("10000000-0000-0000-0000-000000000000"), expectedVersion);
    }

    private static UUID eventId(int number) {
        return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", number));
    }

    /** The command recording these facts as event number {@code eventNumber}. */
    private static RecordDevelopment record(int eventNumber, Long expectedVersion, Function<EventMetadata, TrackEvent> facts) {
        return new RecordDevelopment(SHARM, context(eventNumber, expectedVersion), (metadata, history) -> facts.apply(metadata));
    }

    private static RecordDevelopment record(int eventNumber, Function<EventMetadata, TrackEvent> facts) {
        return record(eventNumber, null, facts);
    }

    /** The event those facts became as the track's {@code sequence}-th event. */
    private static TrackEvent recorded(int eventNumber, long sequence, Function<EventMetadata, TrackEvent> facts) {
        return facts.apply(context(eventNumber, null).toMetadata(SHARM, sequence, RECORDED));
    }

    private static final Function<EventMetadata, TrackEvent> ANNOUNCE = m -> new TrackAnnounced(m,
            "Sharm el-Sheikh indirect talks", TrackKind.INDIRECT_TALKS, EGYPT, new Venue("Sharm el-Sheikh", "EG"), null,
            "Gaza plan", null);
    private static final Function<EventMetadata, TrackEvent> CONVENE = m -> new SessionConvened(m, "first round", null);
    private static final Function<EventMetadata, TrackEvent> ADJOURN = m -> new SessionAdjourned(m, "first round", null);
    private static final Function<EventMetadata, TrackEvent> CONCLUDE = m -> new TalksConcluded(m, "first phase agreed");
    private static final Function<EventMetadata, TrackEvent> RAISE_DISARMAMENT = m -> new StickingPointRaised(m,
            "disarmament", "Hamas disarmament", null);
    private static final Function<EventMetadata, TrackEvent> RESOLVE_DISARMAMENT = m -> new StickingPointResolved(m,
            "disarmament", "phased decommissioning");
    private static final Function<EventMetadata, TrackEvent> CIRCULATE_PLAN = m -> new DocumentCirculated(m, "trump-plan",
            DocumentKind.PLAN, "Trump's 20-point plan", null, null);

    private static Function<EventMetadata, TrackEvent> join(Actor actor, ParticipantRole role) {
        return m -> new ParticipantJoined(m, actor, role, List.of(new Representative("Khalil al-Hayya", "chief negotiator")));
    }

    private static Function<EventMetadata, TrackEvent> position(String statement) {
        return m -> new PositionStated(m, ISRAEL, "disarmament", StanceKind.CONDITION, statement, null);
    }

    private static Function<EventMetadata, TrackEvent> exchange(List<Actor> mediators) {
        return m -> new HostageListExchanged(m, HAMAS, ISRAEL, mediators,
                List.of(new ExchangedList(ListKind.HOSTAGES, null), new ExchangedList(ListKind.PRISONERS, 250)));
    }

    private static TrackEvent announced() {
        return recorded(1, 1, ANNOUNCE);
    }

    @Test
    void givenNoTrack_whenAnnounced_thenTrackAnnouncedIsTheFirstEvent() {
        fixture.givenNoPriorActivity()
                .when(record(1, ANNOUNCE))
                .expectEvents(announced())
                .expectResultMessagePayload(new CommandOutcome(eventId(1), SHARM, 1, "track-announced", true));
    }

    @Test
    void givenAnnouncedTrack_whenAnnouncedAgain_thenRefusedAndNothingRecorded() {
        fixture.given(announced())
                .when(record(2, ANNOUNCE))
                .expectException(TrackAlreadyAnnouncedException.class)
                .expectNoEvents();
    }

    @Test
    void givenNoTrack_whenAnyOtherDevelopment_thenTrackIsNotAnnounced() {
        fixture.givenNoPriorActivity()
                .when(record(1, join(HAMAS, ParticipantRole.PARTY)))
                .expectException(TrackNotAnnouncedException.class)
                .expectNoEvents();
    }

    @Test
    void givenNoTrack_whenABatchAnnouncesAndDevelopsIt_thenEveryEventIsRecordedInOrderOnTheNextVersions() {
        fixture.givenNoPriorActivity()
                .when(new RecordDevelopments(SHARM, List.of(record(1, ANNOUNCE), record(2, RAISE_DISARMAMENT),
                        record(3, exchange(List.of(EGYPT))))))
                .expectEvents(announced(), recorded(2, 2, RAISE_DISARMAMENT), recorded(3, 3, exchange(List.of(EGYPT))))
                .expectResultMessagePayload(List.of(
                        DevelopmentResult.of(new CommandOutcome(eventId(1), SHARM, 1, "track-announced", true)),
                        DevelopmentResult.of(new CommandOutcome(eventId(2), SHARM, 2, "sticking-point-raised", true)),
                        DevelopmentResult.of(new CommandOutcome(eventId(3), SHARM, 3, "hostage-list-exchanged", true))));
    }

    @Test
    void givenAnnouncedTrack_whenABatchHoldsARefusedCommand_thenOnlyThatOneIsRefusedAndTheNextGoOnFromTheTrackBeforeIt() {
        fixture.given(announced())
                .when(new RecordDevelopments(SHARM, List.of(record(2, RESOLVE_DISARMAMENT), record(3, RAISE_DISARMAMENT),
                        record(4, RAISE_DISARMAMENT), record(5, RESOLVE_DISARMAMENT))))
                .expectEvents(recorded(3, 2, RAISE_DISARMAMENT), recorded(5, 3, RESOLVE_DISARMAMENT))
                .expectResultMessagePayloadMatching(batchResults(
                        "refused: TrackRuleViolation",
                        "recorded " + eventId(3) + " at 2",
                        "unchanged " + eventId(3) + " at 2",
                        "recorded " + eventId(5) + " at 3"));
    }

    @Test
    void givenNoTrack_whenEveryCommandOfABatchIsRefused_thenTheBatchFailsWithEachRefusalAndNothingIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordDevelopments(SHARM, List.of(record(1, RAISE_DISARMAMENT), record(2, CONVENE))))
                .expectNoEvents()
                .expectException(NothingRecordedOnNewTrackException.class)
                .expectException(new CustomTypeSafeMatcher<NothingRecordedOnNewTrackException>("both refusals") {
                    @Override
                    protected boolean matchesSafely(NothingRecordedOnNewTrackException e) {
                        return describe(e.results()).equals(List.of("refused: TrackNotAnnouncedException",
                                "refused: TrackNotAnnouncedException"));
                    }
                });
    }

    @Test
    void givenAnnouncedTrack_whenABatchNamesAnotherTrack_thenItCannotBeBuilt() {
        var elsewhere = new RecordDevelopment(new TrackId("paris-meeting"), context(2, null), (m, h) -> CONVENE.apply(m));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecordDevelopments(SHARM, List.of(record(2, CONVENE), elsewhere)))
                .withMessageContaining("paris-meeting");
    }

    /** Each result as "recorded|unchanged eventId at version" or "refused: ExceptionType". */
    private static List<String> describe(List<DevelopmentResult> results) {
        return results.stream().map(result -> result.refused()
                ? "refused: " + result.refusal().getClass().getSimpleName()
                : (result.outcome().recorded() ? "recorded " : "unchanged ") + result.outcome().eventId() + " at "
                        + result.outcome().version()).toList();
    }

    private static Matcher<Object> batchResults(String... expected) {
        return new CustomTypeSafeMatcher<>("batch results " + List.of(expected)) {
            @Override
            @SuppressWarnings("unchecked")
            protected boolean matchesSafely(Object results) {
                return describe((List<DevelopmentResult>) results).equals(List.of(expected));
            }
        };
    }

    @Test
    void givenParticipantJoined_whenSameActorJoinsInSameRole_thenNothingNewAndTheFirstEventIsNamed() {
        fixture.given(announced(), recorded(2, 2, join(HAMAS, ParticipantRole.PARTY)))
                .when(record(3, join(HAMAS, ParticipantRole.PARTY)))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandOutcome(eventId(2), SHARM, 2, "participant-joined", false));
    }

    @Test
    void givenParticipantJoined_whenSameActorJoinsInAnotherRole_thenThatIsANewFact() {
        fixture.given(announced(), recorded(2, 2, join(EGYPT, ParticipantRole.HOST)))
                .when(record(3, join(EGYPT, ParticipantRole.MEDIATOR)))
                .expectEvents(recorded(3, 3, join(EGYPT, ParticipantRole.MEDIATOR)));
    }

    @Test
    void givenParticipantWithdrew_whenItWithdrawsAgain_thenNothingNew() {
        Function<EventMetadata, TrackEvent> withdraw = m -> new ParticipantWithdrew(m, HAMAS, null, null);
        fixture.given(announced(), recorded(2, 2, join(HAMAS, ParticipantRole.PARTY)), recorded(3, 3, withdraw))
                .when(record(4, withdraw))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandOutcome(eventId(3), SHARM, 3, "participant-withdrew", false));
    }

    @Test
    void givenNoSuchParticipant_whenItWithdraws_thenRefusedNamingTheActor() {
        fixture.given(announced())
                .when(record(2, m -> new ParticipantWithdrew(m, HAMAS, null, null)))
                .expectNoEvents()
                .expectException(TrackRuleViolation.class)
                .expectExceptionMessage("'hamas' does not take part in this track");
    }

    @Test
    void givenAnnouncedTrack_whenListsExchanged_thenExchangeRecordedWithItsMediators() {
        fixture.given(announced())
                .when(record(2, exchange(List.of(EGYPT))))
                .expectEvents(recorded(2, 2, exchange(List.of(EGYPT))));
    }

    @Test
    void givenAnnouncedTrack_whenSessionAdjourned_thenRefusedNamingStateAndCommand() {
        fixture.given(announced())
                .when(record(2, ADJOURN))
                .expectNoEvents()
                .expectException(NotAllowedInStateException.class)
                .expectExceptionMessage("'session-adjourned' cannot be recorded while the track is announced; "
                        + "see docs/lifecycle.md for what each state allows");
    }

    @Test
    void givenSessionOpen_whenConvenedAgain_thenRefused() {
        fixture.given(announced(), recorded(2, 2, CONVENE))
                .when(record(3, CONVENE))
                .expectException(NotAllowedInStateException.class);
    }

    @Test
    void givenConcludedTalks_whenSessionConvened_thenRefusedButAPositionIsStillRecorded() {
        fixture.given(announced(), recorded(2, 2, CONVENE), recorded(3, 3, CONCLUDE))
                .when(record(4, CONVENE))
                .expectException(NotAllowedInStateException.class);
        fixture.given(announced(), recorded(2, 2, CONVENE), recorded(3, 3, CONCLUDE))
                .when(record(4, position("Hamas must disarm first")))
                .expectEvents(recorded(4, 4, position("Hamas must disarm first")));
    }

    @Test
    void givenAStatedPosition_whenRestated_thenRecordedAgainBecauseARestatementIsNews() {
        fixture.given(announced(), recorded(2, 2, position("Hamas must disarm first")))
                .when(record(3, position("Hamas must disarm first")))
                .expectEvents(recorded(3, 3, position("Hamas must disarm first")));
    }

    @Test
    void givenTruceExtended_whenExtendedAgain_thenRecordedAgain() {
        Function<EventMetadata, TrackEvent> extend = m -> new TruceStatusChanged(m, TruceStatus.EXTENDED, null, null);
        fixture.given(announced(), recorded(2, 2, extend))
                .when(record(3, extend))
                .expectEvents(recorded(3, 3, extend));
    }

    @Test
    void givenAgendaItem_whenAddedAgain_thenNothingNew_andClosingAnUnknownItemIsRefused() {
        Function<EventMetadata, TrackEvent> add = m -> new AgendaItemAdded(m, "aid", AgendaTopic.HUMANITARIAN_AID, "Aid");
        fixture.given(announced(), recorded(2, 2, add))
                .when(record(3, add))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandOutcome(eventId(2), SHARM, 2, "agenda-item-added", false));
        fixture.given(announced(), recorded(2, 2, add))
                .when(record(3, m -> new AgendaItemClosed(m, "security", null)))
                .expectException(TrackRuleViolation.class)
                .expectExceptionMessage("the track has no agenda item 'security'");
    }

    @Test
    void givenResolvedStickingPoint_whenResolvedAgain_thenNothingNew_andNarrowingItIsRefused() {
        fixture.given(announced(), recorded(2, 2, RAISE_DISARMAMENT), recorded(3, 3, RESOLVE_DISARMAMENT))
                .when(record(4, RESOLVE_DISARMAMENT))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandOutcome(eventId(2), SHARM, 3, "sticking-point-resolved", false));
        fixture.given(announced(), recorded(2, 2, RAISE_DISARMAMENT), recorded(3, 3, RESOLVE_DISARMAMENT))
                .when(record(4, m -> new StickingPointNarrowed(m, "disarmament", "closer")))
                .expectException(TrackRuleViolation.class);
    }

    @Test
    void givenAPlan_whenEndorsedTwiceByTheSameActor_thenNothingNew_andAnUnknownPlanIsRefused() {
        Function<EventMetadata, TrackEvent> endorse = m -> new PlanEndorsed(m, EGYPT, "trump-plan", null);
        fixture.given(announced(), recorded(2, 2, CIRCULATE_PLAN), recorded(3, 3, endorse))
                .when(record(4, endorse))
                .expectNoEvents();
        fixture.given(announced())
                .when(record(2, endorse))
                .expectException(TrackRuleViolation.class)
                .expectExceptionMessage("the track has no document 'trump-plan'");
    }

    @Test
    void givenALink_whenLinkedAgain_thenNothingNew() {
        Function<EventMetadata, TrackEvent> link = m -> new TracksLinked(m, LinkRelation.PARALLEL_TO,
                new TrackId("paris-ministerial-gaza"));
        fixture.given(announced(), recorded(2, 2, link))
                .when(record(3, link))
                .expectNoEvents();
    }

    @Test
    void givenTrackAtVersionTwo_whenCommandExpectsVersionOne_thenStaleAndNothingRecorded() {
        fixture.given(announced(), recorded(2, 2, join(HAMAS, ParticipantRole.PARTY)))
                .when(record(3, 1L, join(ISRAEL, ParticipantRole.PARTY)))
                .expectNoEvents()
                .expectException(StaleTrackVersionException.class)
                .expectExceptionMessage("track sharm-el-sheikh-talks is at version 2, not 1");
    }

    @Test
    void givenTrackAtVersionTwo_whenCommandExpectsVersionTwo_thenRecorded() {
        fixture.given(announced(), recorded(2, 2, join(HAMAS, ParticipantRole.PARTY)))
                .when(record(3, 2L, join(ISRAEL, ParticipantRole.PARTY)))
                .expectEvents(recorded(3, 3, join(ISRAEL, ParticipantRole.PARTY)));
    }

    @Test
    void givenNoTrack_whenAnnouncedExpectingVersionZero_thenRecorded() {
        fixture.givenNoPriorActivity()
                .when(record(1, 0L, ANNOUNCE))
                .expectEvents(announced());
    }

    @Test
    void givenAnExchange_whenCorrected_thenTheReplacementKeepsTheCorrectedIdAndPlace() {
        var exchange = recorded(2, 2, exchange(List.of(EGYPT, HAMAS)));
        var correction = new RecordDevelopment(SHARM, context(3, null), (metadata, history) -> {
            var corrected = TrackRules.requireAmendable(eventId(2), "correctedEventId", history);
            var replacement = exchange(List.of(EGYPT)).apply(context(2, null).replacing(corrected.metadata(), metadata));
            return new EventCorrected(metadata, eventId(2), "Hamas is no mediator", replacement);
        });

        var correctionMetadata = context(3, null).toMetadata(SHARM, 3, RECORDED);
        var replacement = exchange(List.of(EGYPT)).apply(context(2, null).replacing(exchange.metadata(), correctionMetadata));

        fixture.given(announced(), exchange)
                .when(correction)
                .expectEvents(new EventCorrected(correctionMetadata, eventId(2), "Hamas is no mediator", replacement));
        assertThat(replacement.metadata().eventId()).isEqualTo(eventId(2));
        assertThat(replacement.sequence()).as("the replacement keeps the corrected event's place").isEqualTo(2);
        assertThat(replacement.metadata().causationId()).as("caused by the correction").isEqualTo(eventId(3));
    }

    @Test
    void givenARetractedEvent_whenRetractedAgainOrCorrected_thenRefused() {
        var exchange = recorded(2, 2, exchange(List.of(EGYPT)));
        var retraction = recorded(3, 3, m -> new EventRetracted(m, eventId(2), "no such exchange"));
        fixture.given(announced(), exchange, retraction)
                .when(record(4, m -> new EventRetracted(m, eventId(2), "again")))
                .expectException(TrackRuleViolation.class)
                .expectExceptionMessage("event " + eventId(2) + " has been retracted already");
        fixture.given(announced(), exchange, retraction)
                .when(new RecordDevelopment(SHARM, context(4, null),
                        (metadata, history) -> {
                            TrackRules.requireAmendable(eventId(2), "correctedEventId", history);
                            throw new AssertionError("a retracted event must not be amendable");
                        }))
                .expectException(TrackRuleViolation.class);
    }

    @Test
    void retractingTheAnnouncementAnEventOfAnotherTrackOrALifecycleStepOthersDependOn_isRefused() {
        fixture.given(announced())
                .when(record(2, m -> new EventRetracted(m, eventId(1), "wrong")))
                .expectException(TrackRuleViolation.class)
                .expectExceptionMessage("the announcement opens the track and cannot be retracted; correct it, or record "
                        + "talks-cancelled");
        fixture.given(announced())
                .when(record(2, m -> new EventRetracted(m, eventId(99), "wrong")))
                .expectException(TrackRuleViolation.class);
        fixture.given(announced(), recorded(2, 2, CONVENE), recorded(3, 3, ADJOURN))
                .when(record(4, m -> new EventRetracted(m, eventId(2), "no session took place")))
                .expectException(TrackRuleViolation.class)
                .expectExceptionMessage("without this event the track's lifecycle would no longer hold: "
                        + "'session-adjourned' would follow announced");
    }

    @Test
    void aCorrectionThatChangesTheTypeIsRefused() {
        fixture.given(announced(), recorded(2, 2, exchange(List.of(EGYPT))))
                .when(new RecordDevelopment(SHARM, context(3, null), (metadata, history) -> {
                    var corrected = TrackRules.requireAmendable(eventId(2), "correctedEventId", history);
                    var replacement = position("x").apply(context(2, null).replacing(corrected.metadata(), metadata));
                    return new EventCorrected(metadata, eventId(2), "wrong type", replacement);
                }))
                .expectException(TrackRuleViolation.class)
                .expectExceptionMessage("a correction keeps the type of the corrected event (hostage-list-exchanged); "
                        + "retract it and record the right one");
    }

    @Test
    void participationCameoCodeFollowsTheRole() {
        assertThat(recorded(2, 2, join(EGYPT, ParticipantRole.HOST)).cameoCode()).isEqualTo("043");
        assertThat(recorded(2, 2, join(EGYPT, ParticipantRole.MEDIATOR)).cameoCode()).isEqualTo("045");
        assertThat(recorded(2, 2, join(HAMAS, ParticipantRole.PARTY)).cameoCode()).isEqualTo("046");
    }

    @Test
    void aCorrectionThatWouldRepeatAFactTheTrackHasIsRefused() {
        Function<EventMetadata, TrackEvent> aid = m -> new AgendaItemAdded(m, "aid", AgendaTopic.HUMANITARIAN_AID, "Aid");
        Function<EventMetadata, TrackEvent> security = m -> new AgendaItemAdded(m, "security", AgendaTopic.SECURITY, "Security");
        fixture.given(announced(), recorded(2, 2, aid), recorded(3, 3, security))
                .when(new RecordDevelopment(SHARM, context(4, null), (metadata, history) -> {
                    var corrected = TrackRules.requireAmendable(eventId(3), "correctedEventId", history);
                    var replacement = aid.apply(context(3, null).replacing(corrected.metadata(), metadata));
                    return new EventCorrected(metadata, eventId(3), "it was the aid item", replacement);
                }))
                .expectNoEvents()
                .expectException(TrackRuleViolation.class)
                .expectExceptionMessage("with this replacement 'agenda-item-added' would repeat a fact the track already has "
                        + "(event " + eventId(2) + ")");
    }

    @Test
    void aRetractionThatWouldLeaveLaterDevelopmentsPointingAtNothingIsRefused() {
        fixture.given(announced(), recorded(2, 2, CIRCULATE_PLAN),
                        recorded(3, 3, m -> new PlanEndorsed(m, EGYPT, "trump-plan", null)))
                .when(record(4, m -> new EventRetracted(m, eventId(2), "no plan was circulated")))
                .expectNoEvents()
                .expectException(TrackRuleViolation.class)
                .expectExceptionMessage("without this event a development would no longer hold: the track has no document "
                        + "'trump-plan'");
    }

    @Test
    void givenNoTrack_whenACorrectionArrives_thenTrackIsNotAnnounced() {
        fixture.givenNoPriorActivity()
                .when(new RecordDevelopment(SHARM, context(1, null), (metadata, history) -> {
                    TrackRules.requireAmendable(eventId(7), "correctedEventId", history);
                    throw new AssertionError("nothing to amend on a track that does not exist");
                }))
                .expectNoEvents()
                .expectException(TrackNotAnnouncedException.class);
    }
}
