package dev.parley.timeline.query.issue;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parley.timeline.contract.track.PositionStated;
import java.util.List;
import java.util.UUID;

/**
 * A sticking point on one track with each actor's latest stance on it: the positions carry their
 * events, so each stance keeps its date, quote and sources.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IssueView(
        String trackId,
        String trackName,
        String issueId,
        String title,
        String description,
        String status,
        List<String> notes,
        String resolution,
        UUID eventId,
        List<PositionStated> positions) {
}
