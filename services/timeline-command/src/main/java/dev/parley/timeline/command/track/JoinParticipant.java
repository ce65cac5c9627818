package dev.parley.timeline.command.track;

import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.ParticipantRole;
import dev.parley.timeline.contract.track.Representative;
import dev.parley.timeline.contract.track.TrackId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an actor takes part in the track in a role. */
public record JoinParticipant(
        @TargetAggregateIdentifier TrackId trackId,
        CommandContext context,
        Actor actor,
        ParticipantRole role,
        List<Representative> representatives)
        implements TrackCommand {
}
