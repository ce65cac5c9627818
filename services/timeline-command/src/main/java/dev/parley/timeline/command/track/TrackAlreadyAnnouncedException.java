package dev.parley.timeline.command.track;

import dev.parley.timeline.contract.track.TrackId;

/** A track can be announced only once; later developments are recorded as their own commands. */
public class TrackAlreadyAnnouncedException extends TrackRefusal {

    public TrackAlreadyAnnouncedException(TrackId trackId) {
        super("track " + trackId + " has already been announced");
    }
}
