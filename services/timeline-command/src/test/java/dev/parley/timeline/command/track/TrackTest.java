package dev.parley.timeline.command.track;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.ActorKind;
import dev.parley.timeline.contract.track.Confidence;
import dev.parley.timeline.contract.track.ExchangedList;
import dev.parley.timeline.contract.track.HostageListExchanged;
import dev.parley.timeline.contract.track.ListKind;
import dev.parley.timeline.contract.track.ParticipantJoined;
import dev.parley.timeline.contract.track.ParticipantRole;
import dev.parley.timeline.contract.track.Precision;
import dev.parley.timeline.contract.track.Representative;
import dev.parley.timeline.contract.track.Source;
import dev.parley.timeline.contract.track.TrackAnnounced;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.contract.track.TrackKind;
import dev.parley.timeline.contract.track.Venue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Track aggregate's rules, given earlier events, when a command, then events or a refusal. */
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

    private static AnnounceTrack announce(int eventNumber, Long expectedVersion) {
        return new AnnounceTrack(SHARM, context(eventNumber, expectedVersion), "Sharm el-Sheikh indirect talks",
                TrackKind.INDIRECT_TALKS, EGYPT, new Venue("Sharm el-Sheikh", "EG"), "Gaza plan");
    }

    private static TrackAnnounced announced() {
        var command = announce(1, null);
        return new TrackAnnounced(command.context().toMetadata(SHARM, 1, RECORDED), command.name(), command.kind(),
                command.host(), command.venue(), command.purpose());
    }

    private static JoinParticipant join(int eventNumber, Actor actor, ParticipantRole role, Long expectedVersion) {
        return new JoinParticipant(SHARM, context(eventNumber, expectedVersion), actor, role,
                List.of(new Representative("Khalil al-Hayya", "chief negotiator")));
    }

    private static ParticipantJoined joined(int eventNumber, long sequence, Actor actor, ParticipantRole role) {
        var command = join(eventNumber, actor, role, null);
        return new ParticipantJoined(command.context().toMetadata(SHARM, sequence, RECORDED), actor, role,
                command.representatives());
    }

    @Test
    void givenNoTrack_whenAnnounced_thenTrackAnnouncedIsTheFirstEvent() {
        fixture.givenNoPriorActivity()
                .when(announce(1, null))
                .expectEvents(announced())
                .expectResultMessagePayload(new CommandOutcome(eventId(1), SHARM, 1, "track-announced", true));
    }

    @Test
    void givenAnnouncedTrack_whenAnnouncedAgain_thenRefusedAndNothingRecorded() {
        fixture.given(announced())
                .when(announce(2, null))
                .expectException(TrackAlreadyAnnouncedException.class)
                .expectNoEvents();
    }

    @Test
    void givenNoTrack_whenParticipantJoins_thenTrackIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(join(1, HAMAS, ParticipantRole.PARTY, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void givenAnnouncedTrack_whenParticipantJoins_thenJoinedAtVersionTwo() {
        fixture.given(announced())
                .when(join(2, HAMAS, ParticipantRole.PARTY, null))
                .expectEvents(joined(2, 2, HAMAS, ParticipantRole.PARTY))
                .expectResultMessagePayload(new CommandOutcome(eventId(2), SHARM, 2, "participant-joined", true));
    }

    @Test
    void givenParticipantJoined_whenSameActorJoinsInSameRole_thenNothingNewAndTheFirstEventIsNamed() {
        fixture.given(announced(), joined(2, 2, HAMAS, ParticipantRole.PARTY))
                .when(join(3, HAMAS, ParticipantRole.PARTY, null))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandOutcome(eventId(2), SHARM, 2, "participant-joined", false));
    }

    @Test
    void givenParticipantJoined_whenSameActorJoinsInAnotherRole_thenThatIsANewFact() {
        fixture.given(announced(), joined(2, 2, EGYPT, ParticipantRole.HOST))
                .when(join(3, EGYPT, ParticipantRole.MEDIATOR, null))
                .expectEvents(joined(3, 3, EGYPT, ParticipantRole.MEDIATOR));
    }

    @Test
    void givenAnnouncedTrack_whenListsExchanged_thenExchangeRecordedWithItsMediators() {
        var lists = List.of(new ExchangedList(ListKind.HOSTAGES, null), new ExchangedList(ListKind.PRISONERS, 250));
        var command = new RecordListExchange(SHARM, context(2, null), HAMAS, ISRAEL, List.of(EGYPT), lists);

        fixture.given(announced())
                .when(command)
                .expectEvents(new HostageListExchanged(command.context().toMetadata(SHARM, 2, RECORDED), HAMAS, ISRAEL,
                        List.of(EGYPT), lists));
    }

    @Test
    void givenNoTrack_whenListsExchanged_thenTrackIsNotFound() {
        var command = new RecordListExchange(SHARM, context(1, null), HAMAS, null, List.of(),
                List.of(new ExchangedList(ListKind.HOSTAGES, null)));

        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void givenTrackAtVersionTwo_whenCommandExpectsVersionOne_thenStaleAndNothingRecorded() {
        fixture.given(announced(), joined(2, 2, HAMAS, ParticipantRole.PARTY))
                .when(join(3, ISRAEL, ParticipantRole.PARTY, 1L))
                .expectNoEvents()
                .expectException(StaleTrackVersionException.class)
                .expectExceptionMessage("track sharm-el-sheikh-talks is at version 2, not 1");
    }

    @Test
    void givenTrackAtVersionTwo_whenCommandExpectsVersionTwo_thenRecorded() {
        fixture.given(announced(), joined(2, 2, HAMAS, ParticipantRole.PARTY))
                .when(join(3, ISRAEL, ParticipantRole.PARTY, 2L))
                .expectEvents(joined(3, 3, ISRAEL, ParticipantRole.PARTY));
    }

    @Test
    void givenNoTrack_whenAnnouncedExpectingVersionZero_thenRecorded() {
        fixture.givenNoPriorActivity()
                .when(announce(1, 0L))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(TrackAnnounced.class)),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void participationCameoCodeFollowsTheRole() {
        assertThat(joined(2, 2, EGYPT, ParticipantRole.HOST).cameoCode()).isEqualTo("043");
        assertThat(joined(2, 2, EGYPT, ParticipantRole.MEDIATOR).cameoCode()).isEqualTo("045");
        assertThat(joined(2, 2, HAMAS, ParticipantRole.PARTY).cameoCode()).isEqualTo("046");
    }
}
