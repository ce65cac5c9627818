package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.ListKind;
import dev.parley.timeline.contract.track.PersonsReleased;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code persons-released}: hostages or prisoners set free. */
@JsonTypeName("persons-released")
final class PersonsReleasedDocument extends CommandDocument {

    @JsonProperty
    @NotNull
    private ListKind kind;

    @JsonProperty
    @PositiveOrZero
    @Max(1_000_000)
    private Integer count;

    @JsonProperty
    @NotNull
    @Valid
    private ActorDocument releasedBy;

    @JsonProperty
    @Valid
    private ActorDocument releasedTo;

    @JsonProperty
    @Size(max = 50)
    private List<@NotNull @Valid ActorDocument> via;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new PersonsReleased(metadata,
                kind,
                count,
                releasedBy.toActor(),
                releasedTo == null ? null : releasedTo.toActor(),
                actors(via));
    }
}
