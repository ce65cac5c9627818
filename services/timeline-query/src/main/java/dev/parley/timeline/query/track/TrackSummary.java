package dev.parley.timeline.query.track;

import dev.parley.timeline.contract.state.TrackState;
import java.time.Instant;
import java.util.Comparator;

/** One line of {@code GET /api/v1/tracks}. */
public record TrackSummary(String trackId, String name, String kind, String status, long version, Instant lastOccurredAt) {

    /** The order of the list: the track with the latest development first, ties by id. */
    static final Comparator<TrackSummary> MOST_RECENT_FIRST = Comparator.comparing(TrackSummary::lastOccurredAt,
            Comparator.reverseOrder()).thenComparing(TrackSummary::trackId);

    static TrackSummary of(TrackState state) {
        return new TrackSummary(state.trackId(), state.name(), state.kind().wireName(), state.status().wireName(),
                state.version(), state.lastOccurredAt());
    }
}
