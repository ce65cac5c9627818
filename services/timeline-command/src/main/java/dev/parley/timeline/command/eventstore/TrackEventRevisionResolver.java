package dev.parley.timeline.command.eventstore;

import dev.parley.timeline.command.track.Track;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackEventType;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.axonframework.serialization.RevisionResolver;

/**
 * Stores each event with the schema version the contract's catalogue gives it, so the contract
 * stays free of Axon annotations and upcasters can key on the same number as {@code ce_type}.
 * A {@link Track} snapshot is stored with {@link #TRACK_SNAPSHOT_REVISION}.
 */
public class TrackEventRevisionResolver implements RevisionResolver {

    /**
     * The revision of a track snapshot: its format and the version of every event type, since a
     * snapshot holds events in the schema they had when it was taken and is never upcast. Any
     * change to either makes older snapshots unreadable on purpose ({@link TrackSnapshotConfiguration}).
     */
    public static final String TRACK_SNAPSHOT_REVISION = "snapshot-" + Track.SNAPSHOT_FORMAT + "/events-"
            + Arrays.stream(TrackEventType.values()).map(type -> Integer.toString(type.version())).collect(Collectors.joining("."));

    @Override
    public String revisionOf(Class<?> payloadType) {
        if (TrackEvent.class.isAssignableFrom(payloadType)) {
            return Integer.toString(TrackEventType.of(payloadType).version());
        }
        if (Track.class.equals(payloadType)) {
            return TRACK_SNAPSHOT_REVISION;
        }
        return null;
    }
}
