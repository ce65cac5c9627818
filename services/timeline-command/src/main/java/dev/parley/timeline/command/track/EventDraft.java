package dev.parley.timeline.command.track;

import dev.parley.timeline.contract.state.TrackHistory;
import dev.parley.timeline.contract.track.EventMetadata;
import dev.parley.timeline.contract.track.TrackEvent;

/** The facts of a development waiting for the metadata only the track can assign (sequence, recorded time). */
@FunctionalInterface
public interface EventDraft {

    /**
     * @param history the track's history so far, for drafts that refer to earlier events
     * @throws TrackRuleViolation when the draft names something the history does not have
     */
    TrackEvent create(EventMetadata metadata, TrackHistory history);
}
