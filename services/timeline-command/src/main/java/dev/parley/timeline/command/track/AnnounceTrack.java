package dev.parley.timeline.command.track;

import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.contract.track.TrackKind;
import dev.parley.timeline.contract.track.Venue;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a new track. Host, venue and purpose may still be unknown ("no date or venue announced"). */
public record AnnounceTrack(
        @TargetAggregateIdentifier TrackId trackId,
        CommandContext context,
        String name,
        TrackKind kind,
        Actor host,
        Venue venue,
        String purpose)
        implements TrackCommand {
}
