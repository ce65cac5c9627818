package dev.parley.timeline.query.track;

import dev.parley.timeline.contract.state.TrackHistory;
import dev.parley.timeline.contract.track.TrackEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A track's history as it was known at one time, folded once: its corrections and retractions
 * applied, and every event listed in order of occurrence, each development as it stood after the
 * amendments known then. Nothing changes it once built (only {@link TrackHistory#stateAsOf} and
 * lookups are used), so concurrent reads can share it.
 *
 * @param byOccurrence ordered by {@code occurredAt}, ties by sequence
 */
record KnownHistory(TrackHistory history, List<TrackEvent> byOccurrence) {

    private static final Comparator<TrackEvent> BY_OCCURRENCE =
            Comparator.comparing((TrackEvent e) -> e.metadata().occurredAt()).thenComparing(TrackEvent::sequence);

    /** @param known the events known then, in recorded order */
    static KnownHistory of(List<TrackEvent> known) {
        var history = TrackHistory.of(known);
        boolean amended = history.hasAmendments();
        var byOccurrence = known.stream()
                .map(event -> amended && TrackHistory.isDevelopment(event)
                        ? history.development(event.metadata().eventId()).orElse(event) : event)
                .sorted(BY_OCCURRENCE)
                .toList();
        return new KnownHistory(history, byOccurrence);
    }

    /** The events listed that occurred before {@code end}: a prefix of the list, found by bisection. */
    List<TrackEvent> occurredBefore(Instant end) {
        int low = 0;
        int high = byOccurrence.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (byOccurrence.get(middle).metadata().occurredAt().isBefore(end)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return byOccurrence.subList(0, low);
    }
}
