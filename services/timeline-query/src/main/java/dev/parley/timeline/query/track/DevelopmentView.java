package dev.parley.timeline.query.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parley.timeline.contract.track.Source;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One recorded event of a track with its provenance, as listed under {@code developments}:
 * when it occurred and how precisely, when and by whom it was recorded, how sure the sources are and who they
 * are, and whether a later event corrected or retracted it ({@code amendment}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DevelopmentView(
        UUID eventId,
        long sequence,
        String type,
        String cameoCode,
        Instant occurredAt,
        String occurredAtPrecision,
        Instant recordedAt,
        String recordedBy,
        String confidence,
        String summary,
        List<Source> sources,
        String amendment,
        UUID amendedBy,
        String amendmentReason) {
}
