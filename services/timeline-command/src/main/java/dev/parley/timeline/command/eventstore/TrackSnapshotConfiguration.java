package dev.parley.timeline.command.eventstore;

import dev.parley.timeline.command.track.Track;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots of tracks, so a track that is not cached (after a restart, an eviction, or a write by
 * another instance) is loaded from its latest snapshot and the events after it instead of its
 * whole stream. A snapshot is taken every {@code parley.command.snapshot-every} events of a short
 * track, further apart as it grows ({@link LengthSpacedSnapshotTrigger}), by Axon's snapshotter, on
 * a thread of its own after the command's transaction has committed ({@link SnapshotsAfterCommit}),
 * so taking one can neither fail nor slow a command. Snapshots are
 * a disposable cache in {@code snapshot_event_entry}: Axon deletes the older ones of a track when it
 * stores a newer, and one that cannot be read is skipped for the events.
 */
@Configuration(proxyBeanMethods = false)
public class TrackSnapshotConfiguration {

    public static final String TRACK_SNAPSHOT_TRIGGER = "trackSnapshotTrigger";
    public static final String TRACK_SNAPSHOT_FILTER = "trackSnapshotFilter";

    /** Not a {@link Snapshotter} itself, so that Axon still provides its own, which this hands work to. */
    @Bean
    SnapshotsAfterCommit trackSnapshotsAfterCommit(Snapshotter snapshotter) {
        return new SnapshotsAfterCommit(snapshotter);
    }

    @Bean(TRACK_SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition trackSnapshotTrigger(SnapshotsAfterCommit snapshots,
            @Value("${parley.command.snapshot-every:500}") int snapshotEvery) {
        return new LengthSpacedSnapshotTrigger(snapshots::schedule, snapshotEvery);
    }

    /**
     * Only snapshots this version can read: a track's snapshot in the current format and event
     * versions ({@link TrackEventRevisionResolver#TRACK_SNAPSHOT_REVISION}). Any other is passed
     * over, and the track is read from its events until the next snapshot replaces it.
     */
    @Bean(TRACK_SNAPSHOT_FILTER)
    SnapshotFilter trackSnapshotFilter() {
        return snapshot -> Track.class.getName().equals(snapshot.getPayload().getType().getName())
                && TrackEventRevisionResolver.TRACK_SNAPSHOT_REVISION.equals(snapshot.getPayload().getType().getRevision());
    }
}
