package dev.parley.timeline.contract.state;

import dev.parley.timeline.contract.track.EventCorrected;
import dev.parley.timeline.contract.track.EventRetracted;
import dev.parley.timeline.contract.track.TrackEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A track's history with its corrections applied: each development as it now stands (the latest
 * correction's replacement in the corrected event's place, retracted ones left out) and the
 * {@link TrackState} folded from them. Nothing recorded is changed: a correction or retraction
 * only changes which version of a development the fold reads, so the fold runs again.
 */
public final class TrackHistory {

    /** Every event applied, in recorded order. */
    private final List<TrackEvent> recorded = new ArrayList<>();
    /** Developments as they now stand, by event id, in recorded order. */
    private final Map<UUID, TrackEvent> developments = new LinkedHashMap<>();
    private final Map<UUID, Amendment> amendments = new HashMap<>();
    /** Ids of corrections and retractions themselves, which cannot be corrected or retracted. */
    private final Set<UUID> amendmentEvents = new HashSet<>();
    private TrackState state = new TrackState();
    /**
     * Whether each development is folded into {@link #state} as it is applied. A history built
     * whole by {@link #of} folds them when the state is first read instead, so a reader that only
     * wants {@link #stateAsOf} never folds the live state at all. One that is applied to event by
     * event (an aggregate) keeps its state current: Axon's test fixture compares the state of a
     * handled aggregate with one sourced again, field by field.
     */
    private final boolean foldsAsApplied;
    /** Developments not yet folded into {@link #state}, in recorded order. */
    private final List<TrackEvent> unfolded = new ArrayList<>();
    /**
     * The latest correction or retraction not yet folded into {@link #state}: amendments are
     * folded lazily, once when the state is next read, not once per amendment.
     */
    private TrackEvent unfoldedAmendment;

    /** The history of a track from its events in recorded order; its live state is folded when first read. */
    public static TrackHistory of(Iterable<? extends TrackEvent> events) {
        var history = new TrackHistory(false);
        events.forEach(history::apply);
        return history;
    }

    /** An empty history, before the announcement, that folds each development as it is applied. */
    public TrackHistory() {
        this(true);
    }

    private TrackHistory(boolean foldsAsApplied) {
        this.foldsAsApplied = foldsAsApplied;
    }

    /** Whether the event is a development of its own rather than a correction or retraction of one. */
    public static boolean isDevelopment(TrackEvent event) {
        return !(event instanceof EventCorrected || event instanceof EventRetracted);
    }

    public TrackHistory apply(TrackEvent event) {
        if (event instanceof EventCorrected correction && !developments.containsKey(correction.correctedEventId())
                && !amendments.containsKey(correction.correctedEventId())) {
            // a reader that started after the original sees only its correction: the replacement
            // takes the original's place in the history from here on
            recorded.add(correction.replacement());
        }
        recorded.add(event);
        if (event instanceof EventCorrected correction) {
            developments.put(correction.correctedEventId(), correction.replacement());
            amend(correction, new Amendment(Amendment.Kind.CORRECTED, correction.metadata().eventId(), correction.reason()));
        } else if (event instanceof EventRetracted retraction) {
            developments.remove(retraction.retractedEventId());
            amend(retraction, new Amendment(Amendment.Kind.RETRACTED, retraction.metadata().eventId(), retraction.reason()));
        } else {
            developments.put(event.metadata().eventId(), event);
            if (unfoldedAmendment == null && foldsAsApplied) {
                state.apply(event);
            } else if (unfoldedAmendment == null) {
                unfolded.add(event);
            }
        }
        return this;
    }

    private void amend(TrackEvent amendment, Amendment how) {
        var target = amendment instanceof EventCorrected c ? c.correctedEventId() : ((EventRetracted) amendment).retractedEventId();
        amendments.put(target, how);
        amendmentEvents.add(amendment.metadata().eventId());
        unfoldedAmendment = amendment;
        // the whole corrected history is folded again when the state is read
        unfolded.clear();
    }

    /** The state folded from the developments as they now stand. */
    public TrackState state() {
        if (unfoldedAmendment != null) {
            // an amendment can change anything folded before it, so the corrected history is folded
            // again; the amendment itself only moves the version on
            state = new TrackState();
            developments.values().forEach(state::apply);
            state.apply(unfoldedAmendment);
            unfoldedAmendment = null;
        }
        unfolded.forEach(state::apply);
        unfolded.clear();
        return state;
    }

    /**
     * The state as of a moment of valid time: the developments, as they now stand, that occurred
     * before {@code occurredBefore}, folded in recorded order (docs/time-travel.md). Its status is
     * null when the announcement itself had not occurred by then.
     */
    public TrackState stateAsOf(Instant occurredBefore) {
        var asOf = new TrackState();
        boolean amended = hasAmendments();
        for (var event : recorded) {
            // without amendments every development stands as recorded: no lookup per event
            var shown = amended && isDevelopment(event) ? developments.get(event.metadata().eventId()) : event;
            if (shown != null && shown.metadata().occurredAt().isBefore(occurredBefore)) {
                asOf.apply(shown);
            }
        }
        return asOf;
    }

    /** The development as it now stands; empty when retracted or never recorded on this track. */
    public Optional<TrackEvent> development(UUID eventId) {
        return Optional.ofNullable(developments.get(eventId));
    }

    /** The latest correction or the retraction of a development, if any. */
    public Optional<Amendment> amendment(UUID eventId) {
        return Optional.ofNullable(amendments.get(eventId));
    }

    /** Whether any development has been corrected or retracted: when none has, each stands as recorded. */
    public boolean hasAmendments() {
        return !amendments.isEmpty();
    }

    public boolean isAmendment(UUID eventId) {
        return amendmentEvents.contains(eventId);
    }

    /** The developments as they now stand, in recorded order. */
    public List<TrackEvent> developments() {
        return List.copyOf(developments.values());
    }

    /** How a development was amended: by which event, and why. */
    public record Amendment(Kind kind, UUID byEventId, String reason) {

        public enum Kind { CORRECTED, RETRACTED }
    }
}
