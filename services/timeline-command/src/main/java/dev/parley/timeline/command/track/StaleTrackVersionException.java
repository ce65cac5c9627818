package dev.parley.timeline.command.track;

import dev.parley.timeline.contract.track.TrackId;

/** The editor's {@code If-Match} names a version the track has moved past. */
public class StaleTrackVersionException extends TrackRefusal {

    private final long currentVersion;

    public StaleTrackVersionException(TrackId trackId, long expectedVersion, long currentVersion) {
        super("track " + trackId + " is at version " + currentVersion + ", not " + expectedVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
