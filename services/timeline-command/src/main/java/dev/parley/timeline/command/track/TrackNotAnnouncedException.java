package dev.parley.timeline.command.track;

import dev.parley.timeline.contract.track.TrackId;

/** A development for a track nobody has announced. */
public class TrackNotAnnouncedException extends TrackRefusal {

    private final TrackId trackId;

    public TrackNotAnnouncedException(TrackId trackId) {
        super("track '" + trackId.value() + "' has not been announced; record a track-announced command first");
        this.trackId = trackId;
    }

    public TrackId trackId() {
        return trackId;
    }
}
