package dev.parley.timeline.query.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;

/**
 * One development on the cross-track timeline, as it stood at the requested {@code knownAt}:
 * {@code corrected} when a correction known then replaced what was first recorded, and the whole
 * event (with its metadata and sources) as it then stood.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(
        UUID eventId,
        String trackId,
        String type,
        Instant occurredAt,
        Instant recordedAt,
        boolean corrected,
        @JsonRawValue String event) {
}
