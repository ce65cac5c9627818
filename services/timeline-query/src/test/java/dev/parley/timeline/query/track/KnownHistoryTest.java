package dev.parley.timeline.query.track;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.timeline.contract.track.AssessmentReported;
import dev.parley.timeline.contract.track.Mood;
import dev.parley.timeline.contract.track.Precision;
import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.TrackEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which developments a view {@code asOf} a moment lists: those that occurred before it, found by bisection. */
class KnownHistoryTest {

    private static AssessmentReported mood(long sequence, String occurredAt) {
        return new AssessmentReported(SampleEvents.metadata(sequence, occurredAt, Precision.INSTANT), Mood.CAUTIOUS,
                SampleEvents.EGYPT, null);
    }

    // recorded in another order than they occurred, two at the same instant
    private static final List<TrackEvent> RECORDED = List.of(SampleEvents.announced(),
            mood(2, "2025-10-08T00:00:00Z"), mood(3, "2025-10-07T12:00:00Z"), mood(4, "2025-10-07T12:00:00Z"));

    private static List<Long> sequencesBefore(String end) {
        return KnownHistory.of(RECORDED).occurredBefore(Instant.parse(end)).stream().map(TrackEvent::sequence).toList();
    }

    @Test
    void listsByOccurrenceWithTiesInRecordedOrder() {
        assertThat(KnownHistory.of(RECORDED).byOccurrence()).extracting(TrackEvent::sequence).containsExactly(1L, 3L, 4L, 2L);
    }

    @Test
    void anEndExcludesWhatOccurredAtItAndAfter() {
        assertThat(sequencesBefore("2025-10-06T00:00:00Z")).as("the announcement itself").isEmpty();
        assertThat(sequencesBefore("2025-10-07T12:00:00Z")).containsExactly(1L);
        assertThat(sequencesBefore("2025-10-07T12:00:00.000000001Z")).containsExactly(1L, 3L, 4L);
        assertThat(sequencesBefore("2025-10-08T00:00:00Z")).containsExactly(1L, 3L, 4L);
        assertThat(sequencesBefore("2030-01-01T00:00:00Z")).containsExactly(1L, 3L, 4L, 2L);
    }
}
