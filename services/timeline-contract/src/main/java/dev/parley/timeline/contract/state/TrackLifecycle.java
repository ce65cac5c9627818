package dev.parley.timeline.contract.state;

import static dev.parley.timeline.contract.track.TrackEventType.AGREEMENT_REACHED;
import static dev.parley.timeline.contract.track.TrackEventType.ASSESSMENT_REPORTED;
import static dev.parley.timeline.contract.track.TrackEventType.COMMITMENT_MADE;
import static dev.parley.timeline.contract.track.TrackEventType.EVENT_CORRECTED;
import static dev.parley.timeline.contract.track.TrackEventType.EVENT_RETRACTED;
import static dev.parley.timeline.contract.track.TrackEventType.PERSONS_RELEASED;
import static dev.parley.timeline.contract.track.TrackEventType.PLAN_ENDORSED;
import static dev.parley.timeline.contract.track.TrackEventType.POSITION_STATED;
import static dev.parley.timeline.contract.track.TrackEventType.PROPOSAL_ACCEPTED;
import static dev.parley.timeline.contract.track.TrackEventType.PROPOSAL_REJECTED;
import static dev.parley.timeline.contract.track.TrackEventType.TRACKS_LINKED;
import static dev.parley.timeline.contract.track.TrackEventType.TRUCE_STATUS_CHANGED;
import static dev.parley.timeline.contract.track.TrackStatus.ADJOURNED;
import static dev.parley.timeline.contract.track.TrackStatus.ANNOUNCED;
import static dev.parley.timeline.contract.track.TrackStatus.CANCELLED;
import static dev.parley.timeline.contract.track.TrackStatus.COLLAPSED;
import static dev.parley.timeline.contract.track.TrackStatus.CONCLUDED;
import static dev.parley.timeline.contract.track.TrackStatus.IN_SESSION;
import static dev.parley.timeline.contract.track.TrackStatus.SCHEDULED;
import static dev.parley.timeline.contract.track.TrackStatus.SUSPENDED;

import dev.parley.timeline.contract.track.TrackEventType;
import dev.parley.timeline.contract.track.TrackStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The track's lifecycle (docs/lifecycle.md): announced, scheduled, in session and adjourned in
 * turns, possibly suspended, and finally concluded, collapsed or cancelled. Lifecycle events move
 * the track between states; every other development is allowed while the track is open, and only
 * its aftermath (positions, assessments, releases, pledges, truce changes, responses to plans,
 * links, corrections) once it has ended.
 */
public final class TrackLifecycle {

    private static final Set<TrackStatus> OPEN = EnumSet.of(ANNOUNCED, SCHEDULED, IN_SESSION, ADJOURNED, SUSPENDED);
    private static final Set<TrackStatus> ENDED = EnumSet.of(CONCLUDED, COLLAPSED, CANCELLED);

    private static final Map<TrackEventType, Transition> TRANSITIONS = Map.of(
            TrackEventType.MEETING_SCHEDULED, new Transition(EnumSet.of(ANNOUNCED, SCHEDULED, ADJOURNED, SUSPENDED), SCHEDULED),
            TrackEventType.SESSION_CONVENED, new Transition(EnumSet.of(ANNOUNCED, SCHEDULED, ADJOURNED), IN_SESSION),
            TrackEventType.SESSION_ADJOURNED, new Transition(EnumSet.of(IN_SESSION), ADJOURNED),
            TrackEventType.TALKS_SUSPENDED, new Transition(EnumSet.of(SCHEDULED, IN_SESSION, ADJOURNED), SUSPENDED),
            TrackEventType.TALKS_RESUMED, new Transition(EnumSet.of(SUSPENDED), IN_SESSION),
            TrackEventType.TALKS_CONCLUDED, new Transition(EnumSet.of(SCHEDULED, IN_SESSION, ADJOURNED, SUSPENDED), CONCLUDED),
            TrackEventType.TALKS_COLLAPSED, new Transition(EnumSet.of(SCHEDULED, IN_SESSION, ADJOURNED, SUSPENDED), COLLAPSED),
            TrackEventType.TALKS_CANCELLED, new Transition(EnumSet.of(ANNOUNCED, SCHEDULED, ADJOURNED, SUSPENDED), CANCELLED));

    /** What may still be recorded about a track that has ended. */
    private static final Set<TrackEventType> AFTERMATH = EnumSet.of(POSITION_STATED, ASSESSMENT_REPORTED,
            COMMITMENT_MADE, PERSONS_RELEASED, TRUCE_STATUS_CHANGED, PLAN_ENDORSED, PROPOSAL_ACCEPTED, PROPOSAL_REJECTED,
            TRACKS_LINKED, EVENT_CORRECTED, EVENT_RETRACTED);

    private TrackLifecycle() {
    }

    /** Whether a development of this type makes sense while the track is in {@code status}. */
    public static boolean allows(TrackStatus status, TrackEventType type) {
        var transition = TRANSITIONS.get(type);
        if (transition != null) {
            return transition.from().contains(status);
        }
        if (type == TrackEventType.TRACK_ANNOUNCED) {
            return false;
        }
        if (OPEN.contains(status)) {
            return true;
        }
        return AFTERMATH.contains(type) || (type == AGREEMENT_REACHED && status == CONCLUDED);
    }

    /** The status a lifecycle event leads to; empty for developments that leave the status as it is. */
    public static Optional<TrackStatus> target(TrackEventType type) {
        return Optional.ofNullable(TRANSITIONS.get(type)).map(Transition::to);
    }

    public static boolean hasEnded(TrackStatus status) {
        return ENDED.contains(status);
    }

    /** The states a lifecycle event may start from, for error messages and docs/lifecycle.md. */
    public static Set<TrackStatus> sources(TrackEventType type) {
        var transition = TRANSITIONS.get(type);
        return transition == null ? Set.of() : Set.copyOf(transition.from());
    }

    private record Transition(Set<TrackStatus> from, TrackStatus to) {
    }
}
