package dev.parley.timeline.command.track;

import dev.parley.timeline.contract.track.TrackId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record several developments on one track, in order, as one command: what an import sends for
 * consecutive lines of a track, so the track is loaded, locked and stored once for all of them
 * rather than once each. Each command is judged exactly as if sent alone, on the track as the
 * commands before it left it; a refused one changes nothing and the next goes on.
 */
public record RecordDevelopments(@TargetAggregateIdentifier TrackId trackId, List<RecordDevelopment> commands) {

    public RecordDevelopments {
        commands = List.copyOf(commands);
        if (commands.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one command");
        }
        for (var command : commands) {
            if (!command.trackId().equals(trackId)) {
                throw new IllegalArgumentException("a batch for track " + trackId + " holds a command for " + command.trackId());
            }
        }
    }
}
