package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.HostageListExchanged;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code hostage-list-exchanged}: lists of hostages and/or prisoners handed over. */
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
    @Size(max = 50)
    private List<@NotNull @Valid ActorDocument> mediators;

    @JsonProperty
    @NotNull
    @Size(min = 1, max = 10)
    private List<@NotNull @Valid ListDocument> lists;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new HostageListExchanged(metadata,
                from.toActor(),
                to == null ? null : to.toActor(),
                actors(mediators),
                lists.stream().map(ListDocument::toList).toList());
    }
}
