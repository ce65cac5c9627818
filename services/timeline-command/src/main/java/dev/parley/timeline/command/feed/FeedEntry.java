package dev.parley.timeline.command.feed;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * One event in the catch-up feed: its global position (the event store's, stable for good), what
 * it is, and the event as the topic carries it (current version, upcast if stored older).
 */
public record FeedEntry(
        long position,
        String type,
        String ceType,
        String trackId,
        long sequence,
        Instant occurredAt,
        Instant recordedAt,
        @JsonRawValue String event) {
}
