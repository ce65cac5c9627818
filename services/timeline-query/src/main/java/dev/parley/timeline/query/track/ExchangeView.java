package dev.parley.timeline.query.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.ExchangedList;
import dev.parley.timeline.contract.track.Source;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A list exchange with its provenance: when, how precisely, how sure, and who reported it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExchangeView(
        UUID eventId,
        Actor from,
        Actor to,
        List<Actor> via,
        List<ExchangedList> lists,
        Instant occurredAt,
        String occurredAtPrecision,
        String confidence,
        List<Source> sources) {
}
