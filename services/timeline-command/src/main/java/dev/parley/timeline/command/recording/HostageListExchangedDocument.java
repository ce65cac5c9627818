package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.CommandContext;
import dev.parley.timeline.command.track.RecordListExchange;
import dev.parley.timeline.command.track.TrackCommand;
import dev.parley.timeline.contract.track.TrackId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

@JsonTypeName("hostage-list-exchanged")
final class HostageListExchangedDocument extends CommandDocument {

    @JsonProperty
    @NotNull
    @Valid
    private ActorDocument from;

    @JsonProperty
    @Valid
    private ActorDocument to;

    @JsonProperty
    @Size(max = 20)
    private List<@NotNull @Valid ActorDocument> via;

    @JsonProperty
    @NotNull
    @Size(min = 1, max = 10)
    private List<@NotNull @Valid ListDocument> lists;

    @Override
    TrackCommand toCommand(TrackId trackId, CommandContext context) {
        var mediators = via == null ? List.<ActorDocument>of() : via;
        return new RecordListExchange(trackId, context, from.toActor(), to == null ? null : to.toActor(),
                mediators.stream().map(ActorDocument::toActor).toList(),
                lists.stream().map(ListDocument::toList).toList());
    }
}
