package dev.parley.timeline.query.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.Venue;
import java.time.Instant;
import java.util.List;

/** The current state of one track, as {@code GET /api/v1/tracks/{trackId}} returns it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrackView(
        String trackId,
        String name,
        String kind,
        String status,
        Actor host,
        Venue venue,
        String purpose,
        List<ParticipantView> participants,
        List<ExchangeView> exchanges,
        long version,
        Instant lastOccurredAt) {
}
