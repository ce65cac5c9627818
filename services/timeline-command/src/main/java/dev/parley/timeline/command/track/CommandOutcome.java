package dev.parley.timeline.command.track;

import dev.parley.timeline.contract.track.TrackId;
import java.util.UUID;

/**
 * What a command did to its track.
 *
 * @param eventId the event the command produced or, when it changed nothing, the earlier event
 *     that already records the same fact
 * @param version the track's version afterwards
 * @param recorded false when the command repeated a known fact and no event was stored
 */
public record CommandOutcome(UUID eventId, TrackId trackId, long version, String type, boolean recorded) {
}
