package dev.parley.timeline.contract.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.timeline.contract.track.EventCorrected;
import dev.parley.timeline.contract.track.EventRetracted;
import dev.parley.timeline.contract.track.HostageListExchanged;
import dev.parley.timeline.contract.track.ListKind;
import dev.parley.timeline.contract.track.Mood;
import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackEventType;
import dev.parley.timeline.contract.track.TrackStatus;
import dev.parley.timeline.contract.track.TruceStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared fold: what a track's history adds up to, with corrections and retractions applied. */
class TrackHistoryTest {

    private static final List<TrackEvent> SAMPLES = SampleEvents.all();

    /** Samples 1..n, the first n events of the sample track. */
    private static List<TrackEvent> first(int n) {
        return SAMPLES.subList(0, n);
    }

    @Test
    void theStateReadBetweenDevelopmentsAlsoFoldsTheOnesAfter() {
        var builtWhole = TrackHistory.of(first(3));
        var appliedOneByOne = new TrackHistory();
        first(3).forEach(appliedOneByOne::apply);
        for (var history : List.of(builtWhole, appliedOneByOne)) {
            assertThat(history.state().status()).isEqualTo(TrackStatus.ANNOUNCED);

            history.apply(SAMPLES.get(3)).apply(SAMPLES.get(4));

            assertThat(history.state().status()).isEqualTo(TrackStatus.IN_SESSION);
            assertThat(history.state().version()).isEqualTo(5);
            assertThat(history.state().exchanges()).hasSize(1);
        }
    }

    @Test
    void theLifecycleFollowsLifecycleEventsInRecordedOrder() {
        assertThat(TrackHistory.of(first(3)).state().status()).isEqualTo(TrackStatus.ANNOUNCED);
        assertThat(TrackHistory.of(first(4)).state().status()).isEqualTo(TrackStatus.SCHEDULED);
        assertThat(TrackHistory.of(first(5)).state().status()).isEqualTo(TrackStatus.IN_SESSION);
        assertThat(TrackHistory.of(first(6)).state().status()).isEqualTo(TrackStatus.ADJOURNED);
        assertThat(TrackHistory.of(first(7)).state().status()).isEqualTo(TrackStatus.SUSPENDED);
        assertThat(TrackHistory.of(first(8)).state().status()).isEqualTo(TrackStatus.IN_SESSION);
        assertThat(TrackHistory.of(first(29)).state().status()).isEqualTo(TrackStatus.CONCLUDED);
        assertThat(TrackHistory.of(first(29)).state().ending()).contains("Agreement on the first phase");
    }

    @Test
    void foldsEachKindOfDevelopmentIntoTheState() {
        var state = TrackHistory.of(first(26)).state();

        assertThat(state.name()).isEqualTo("Sharm el-Sheikh indirect talks");
        assertThat(state.participants()).singleElement().satisfies(qatar -> {
            assertThat(qatar.actor().id()).isEqualTo("qatar");
            assertThat(qatar.active()).as("Qatar withdrew as mediator in sample 9").isFalse();
        });
        assertThat(state.envoys()).singleElement().satisfies(e -> assertThat(e.envoys()).hasSize(2));
        assertThat(state.agenda()).singleElement().satisfies(item -> {
            assertThat(item.open()).isFalse();
            assertThat(item.outcome()).isEqualTo("Deferred to the next phase");
        });
        assertThat(state.stickingPoints()).singleElement().satisfies(point -> {
            assertThat(point.status()).isEqualTo("resolved");
            assertThat(point.notes()).containsExactly("Both sides accept a phased approach");
        });
        assertThat(state.positions()).singleElement().satisfies(p -> assertThat(p.actor().id()).isEqualTo("hamas"));
        assertThat(state.releases()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ListKind.HOSTAGES);
            assertThat(r.count()).isEqualTo(20);
        });
        assertThat(state.documents()).singleElement().satisfies(document ->
                assertThat(document.responses()).extracting(TrackState.DocumentResponse::response)
                        .containsExactly("endorsed", "accepted", "rejected"));
        assertThat(state.commitments()).hasSize(1);
        assertThat(state.latestMood()).hasValueSatisfying(m -> assertThat(m.mood()).isEqualTo(Mood.OPTIMISTIC));
        assertThat(state.truceStatus()).contains(TruceStatus.NEXT_PHASE);
        assertThat(state.agreements()).hasSize(1);
        assertThat(state.links()).singleElement().satisfies(l -> assertThat(l.linkedTrackId().value()).isEqualTo("paris-ministerial-gaza"));
        assertThat(state.version()).isEqualTo(26);
    }

    @Test
    void aCorrectionPutsTheReplacementInTheCorrectedEventsPlace() {
        var correction = (EventCorrected) SAMPLES.get(26);
        var history = TrackHistory.of(first(26)).apply(correction);

        assertThat(history.state().exchanges()).singleElement()
                .satisfies(exchange -> assertThat(exchange.mediators()).extracting("id").containsExactly("egypt"));
        assertThat(history.development(correction.correctedEventId())).contains(correction.replacement());
        assertThat(history.amendment(correction.correctedEventId()))
                .hasValueSatisfying(a -> assertThat(a.kind()).isEqualTo(TrackHistory.Amendment.Kind.CORRECTED));
        assertThat(history.isAmendment(correction.metadata().eventId())).isTrue();
        assertThat(history.state().version()).as("the version counts the correction").isEqualTo(27);
    }

    @Test
    void aRetractionTakesTheDevelopmentOutOfTheState() {
        var retraction = (EventRetracted) SAMPLES.get(27);
        var before = TrackHistory.of(first(27));
        var after = TrackHistory.of(first(28));

        assertThat(before.state().documents().get(0).responses()).hasSize(3);
        assertThat(after.state().documents().get(0).responses()).extracting(TrackState.DocumentResponse::response)
                .containsExactly("endorsed", "accepted");
        assertThat(after.development(retraction.retractedEventId())).isEmpty();
        assertThat(after.amendment(retraction.retractedEventId()))
                .hasValueSatisfying(a -> assertThat(a.reason()).isEqualTo("No source confirms the rejection"));
    }

    @Test
    void theEndedTrackAcceptsOnlyItsAftermath() {
        assertThat(TrackLifecycle.allows(TrackStatus.CONCLUDED, TrackEventType.POSITION_STATED))
                .isTrue();
        assertThat(TrackLifecycle.allows(TrackStatus.CONCLUDED, TrackEventType.SESSION_CONVENED))
                .isFalse();
        assertThat(TrackLifecycle.allows(TrackStatus.CANCELLED, TrackEventType.AGREEMENT_REACHED))
                .isFalse();
        assertThat(TrackLifecycle.allows(TrackStatus.IN_SESSION, TrackEventType.SESSION_CONVENED))
                .as("a session cannot open twice").isFalse();
    }

    @Test
    void aReaderThatMissedTheOriginalFoldsTheCorrectionsReplacementInItsPlace() {
        var correction = (EventCorrected) SAMPLES.get(26);
        var withoutTheExchange = new ArrayList<>(first(26));
        withoutTheExchange.remove(2);
        var history = TrackHistory.of(withoutTheExchange).apply(correction);

        assertThat(history.state().exchanges()).containsExactly((HostageListExchanged)
                correction.replacement());
        assertThat(history.stateAsOf(Instant.MAX).exchanges()).isEqualTo(history.state().exchanges());
    }
}
