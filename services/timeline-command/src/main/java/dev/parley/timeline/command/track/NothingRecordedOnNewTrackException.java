package dev.parley.timeline.command.track;

import dev.parley.timeline.contract.track.TrackId;
import java.util.List;

/**
 * Every command of a batch for a track that does not exist was refused, so the track still does
 * not exist. Thrown rather than returned so that Axon rolls back the empty track it created for
 * the batch instead of caching it; the results are those a returned batch would have had.
 */
public class NothingRecordedOnNewTrackException extends RuntimeException {

    private final transient List<DevelopmentResult> results;

    NothingRecordedOnNewTrackException(TrackId trackId, List<DevelopmentResult> results) {
        super("every command of a batch for the unannounced track '" + trackId.value() + "' was refused");
        this.results = List.copyOf(results);
    }

    public List<DevelopmentResult> results() {
        return results;
    }
}
