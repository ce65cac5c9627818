package dev.parley.timeline.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.timeline.command.track.Track;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.junit.jupiter.api.Test;

/** When a track is snapshotted, by its length: the schedule a long import and an uncached load depend on. */
class LengthSpacedSnapshotTriggerTest {

    private static final String TRACK = "paris-ministerial";

    private final List<Long> snapshotsAt = new ArrayList<>();
    private long applied;
    private final LengthSpacedSnapshotTrigger definition = new LengthSpacedSnapshotTrigger(
            (type, id) -> snapshotsAt.add(applied), 500);

    @Test
    void aShortTrackIsSnapshottedEveryConfiguredNumberOfEvents() {
        apply(definition.prepareTrigger(Track.class), 0, 1_000);

        assertThat(snapshotsAt).containsExactly(500L, 1_000L);
    }

    @Test
    void aLongTrackIsSnapshottedAtMostHalfItsLengthApart() {
        apply(definition.prepareTrigger(Track.class), 0, 10_000);

        assertThat(snapshotsAt).containsExactly(500L, 1_000L, 1_512L, 2_024L, 3_048L, 4_072L, 6_120L, 8_168L);
    }

    @Test
    void eventsReadWhileLoadingCountTowardsTheNextSnapshot() {
        // loaded from a snapshot at 1,000 events, with 700 events after it: more than the spacing of 512 at that length
        apply(definition.prepareTrigger(Track.class), 1_000, 1_700);

        assertThat(snapshotsAt).containsExactly(1_512L);
    }

    @Test
    void aCachedTrackKeepsCountingWhereItWas() {
        var trigger = definition.prepareTrigger(Track.class);
        apply(trigger, 0, 400);

        var restored = definition.reconfigure(Track.class, trigger);
        apply(restored, 400, 500);

        assertThat(restored).isSameAs(trigger);
        assertThat(snapshotsAt).containsExactly(500L);
    }

    /** Events from sequence {@code from} up to {@code to} (exclusive), each applied to the track. */
    private void apply(SnapshotTrigger trigger, long from, long to) {
        for (long sequence = from; sequence < to; sequence++) {
            applied = sequence + 1;
            trigger.eventHandled(new GenericDomainEventMessage<>("Track", TRACK, sequence, "event " + sequence));
        }
    }
}
