package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.CommandContext;
import dev.parley.timeline.command.track.JoinParticipant;
import dev.parley.timeline.command.track.TrackCommand;
import dev.parley.timeline.contract.track.ParticipantRole;
import dev.parley.timeline.contract.track.TrackId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

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
    TrackCommand toCommand(TrackId trackId, CommandContext context) {
        var people = representatives == null ? List.<RepresentativeDocument>of() : representatives;
        return new JoinParticipant(trackId, context, actor.toActor(), role,
                people.stream().map(RepresentativeDocument::toRepresentative).toList());
    }
}
