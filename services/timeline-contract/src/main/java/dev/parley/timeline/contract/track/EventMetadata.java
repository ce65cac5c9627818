package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What every development carries besides its own facts: identity, per-track position, when it
 * happened (and how precisely the sources say so), when and by whom it was recorded, and its
 * provenance.
 *
 * @param sequence the track's version after this event: 1 for the announcement, then 2, 3, ...
 * @param causationId the event or request that caused this one, when known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventMetadata(
        UUID eventId,
        TrackId trackId,
        long sequence,
        Instant occurredAt,
        Precision occurredAtPrecision,
        Instant recordedAt,
        String recordedBy,
        List<Source> sources,
        Confidence confidence,
        String summary,
        UUID correlationId,
        UUID causationId) {

    public EventMetadata {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(trackId, "trackId");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(occurredAtPrecision, "occurredAtPrecision");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a development needs at least one source");
        }
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(correlationId, "correlationId");
    }
}
