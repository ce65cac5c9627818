package dev.parley.timeline.command.track;

import dev.parley.timeline.contract.track.Confidence;
import dev.parley.timeline.contract.track.EventMetadata;
import dev.parley.timeline.contract.track.Precision;
import dev.parley.timeline.contract.track.Source;
import dev.parley.timeline.contract.track.TrackId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What every command brings besides its own facts: the id its event will get, when the
 * development occurred and how precisely, who records it, its provenance, and the track version
 * the editor last saw ({@code If-Match}), if any. When it is recorded is not part of it: the
 * track stamps that from the injected clock at the moment it accepts the command, so a track's
 * events never go back in recorded time.
 */
public record CommandContext(
        UUID eventId,
        Instant occurredAt,
        Precision occurredAtPrecision,
        String recordedBy,
        List<Source> sources,
        Confidence confidence,
        String summary,
        UUID correlationId,
        Long expectedVersion) {

    public CommandContext {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(occurredAtPrecision, "occurredAtPrecision");
        Objects.requireNonNull(recordedBy, "recordedBy");
        sources = List.copyOf(sources);
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /**
     * The metadata of a correction's replacement: the corrected event's identity and place, this
     * context's time and provenance, and the correction's recording, which it was caused by.
     */
    public EventMetadata replacing(EventMetadata corrected, EventMetadata correction) {
        return new EventMetadata(corrected.eventId(), corrected.trackId(), corrected.sequence(), occurredAt,
                occurredAtPrecision, correction.recordedAt(), correction.recordedBy(), sources, confidence, summary,
                correction.correlationId(), correction.eventId());
    }

    /** The metadata of the event this command produces as the track's {@code sequence}-th event. */
    EventMetadata toMetadata(TrackId trackId, long sequence, Instant recordedAt) {
        return new EventMetadata(eventId, trackId, sequence, occurredAt, occurredAtPrecision, recordedAt, recordedBy,
                sources, confidence, summary, correlationId, null);
    }
}
