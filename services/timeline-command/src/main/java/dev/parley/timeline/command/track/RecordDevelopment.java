package dev.parley.timeline.command.track;

import dev.parley.timeline.contract.track.TrackId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record one development on a track: the announcement that opens it or any later one. The draft
 * turns the editor's facts into the event once the track has assigned its metadata; the track
 * then decides whether the event may be recorded.
 */
public record RecordDevelopment(@TargetAggregateIdentifier TrackId trackId, CommandContext context, EventDraft draft) {
}
