package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.ParticipantRole;
import dev.parley.timeline.contract.track.ParticipantWithdrew;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code participant-withdrew}: an actor stops taking part. */
@JsonTypeName("participant-withdrew")
final class ParticipantWithdrewDocument extends CommandDocument {

    @JsonProperty
    @NotNull
    @Valid
    private ActorDocument actor;

    @JsonProperty
    private ParticipantRole role;

    @JsonProperty
    @Size(max = MAX_TEXT)
    private String reason;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new ParticipantWithdrew(metadata, actor.toActor(), role, reason);
    }
}
