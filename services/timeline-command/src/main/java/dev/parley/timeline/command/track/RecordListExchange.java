package dev.parley.timeline.command.track;

import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.ExchangedList;
import dev.parley.timeline.contract.track.TrackId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that lists of hostages and/or prisoners were handed over. */
public record RecordListExchange(
        @TargetAggregateIdentifier TrackId trackId,
        CommandContext context,
        Actor from,
        Actor to,
        List<Actor> via,
        List<ExchangedList> lists)
        implements TrackCommand {
}
