package dev.parley.timeline.command.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.AbstractSnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;

/**
 * Snapshots a track every {@code every} events while it is short, and further apart as it grows:
 * never more than half its length apart. A track's snapshot holds its whole history, so taking one
 * costs in proportion to the track's length; at a fixed spacing, a long track written continuously
 * (a 10,000-line import) was snapshotted twenty times, each time reading and writing megabytes, and
 * the snapshot thread used a third as much CPU as the import itself. Spaced by length, a track of
 * n events has been snapshotted about twice per doubling of n, so all its snapshots together cost
 * a few times one of them; loading an uncached track replays at most half as many events as its
 * snapshot holds, on top of reading the snapshot.
 *
 * <p>Counted like Axon's {@code EventCountSnapshotTriggerDefinition}: events applied to the loaded
 * track since it was loaded or last snapshotted, those read while loading included, so a track
 * whose snapshot was skipped is snapshotted when it is next loaded.
 */
final class LengthSpacedSnapshotTrigger implements SnapshotTriggerDefinition {

    private final Snapshotter snapshotter;
    private final int every;

    /** @param every events between two snapshots of a short track; at least 1 */
    LengthSpacedSnapshotTrigger(Snapshotter snapshotter, int every) {
        if (every < 1) {
            throw new IllegalArgumentException("parley.command.snapshot-every must be at least 1, was " + every);
        }
        this.snapshotter = snapshotter;
        this.every = every;
    }

    /** Events between the snapshot at {@code length} events and the next one. */
    static long spacing(int every, long length) {
        return Math.max(every, Long.highestOneBit(length) / 2);
    }

    @Override
    public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
        return new Trigger(snapshotter, aggregateType, every);
    }

    @Override
    public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
        // a cached track keeps its trigger, and with it how many events it has applied since its snapshot
        if (trigger instanceof Trigger spaced) {
            spaced.setSnapshotter(snapshotter);
            return spaced;
        }
        return prepareTrigger(aggregateType);
    }

    private static final class Trigger extends AbstractSnapshotTrigger {

        private static final long serialVersionUID = 1L;

        private final int every;
        private long length;
        private long sinceSnapshot;

        Trigger(Snapshotter snapshotter, Class<?> aggregateType, int every) {
            super(snapshotter, aggregateType);
            this.every = every;
        }

        @Override
        public void eventHandled(EventMessage<?> message) {
            if (message instanceof DomainEventMessage<?> event) {
                length = event.getSequenceNumber() + 1;
                sinceSnapshot++;
            }
            super.eventHandled(message);
        }

        @Override
        protected boolean exceedsThreshold() {
            return sinceSnapshot >= spacing(every, length);
        }

        @Override
        protected void reset() {
            sinceSnapshot = 0;
        }
    }
}
