package dev.parley.timeline.query.projection;

import dev.parley.timeline.contract.track.TrackId;

/**
 * An event arrived whose predecessor never did. The projection refuses to apply it: a gap means a
 * lost message, and a projection that skipped it would be silently wrong.
 */
public class SequenceGapException extends RuntimeException {

    public SequenceGapException(TrackId trackId, long expected, long received) {
        super("track " + trackId + " expected sequence " + expected + " but received " + received);
    }
}
