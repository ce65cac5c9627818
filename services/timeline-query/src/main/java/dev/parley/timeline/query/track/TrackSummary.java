package dev.parley.timeline.query.track;

import java.time.Instant;

/** One line of {@code GET /api/v1/tracks}. */
public record TrackSummary(String trackId, String name, String kind, String status, long version, Instant lastOccurredAt) {
}
