package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.ParticipantJoined;
import dev.parley.timeline.contract.track.ParticipantRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code participant-joined}: an actor takes part in a role. */
@JsonTypeName("participant-joined")
final class ParticipantJoinedDocument extends CommandDocument {

    @JsonProperty
    @NotNull
    @Valid
    private ActorDocument actor;

    @JsonProperty
    @NotNull
    private ParticipantRole role;

    @JsonProperty
    @Size(max = 50)
    private List<@NotNull @Valid RepresentativeDocument> representatives;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new ParticipantJoined(metadata, actor.toActor(), role, representatives(representatives));
    }
}
