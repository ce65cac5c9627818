package dev.parley.timeline.command.track;

import dev.parley.timeline.contract.track.TrackId;

/** A request to record a development on a track; the aggregate accepts or refuses it. */
public sealed interface TrackCommand permits AnnounceTrack, JoinParticipant, RecordListExchange {

    TrackId trackId();

    CommandContext context();
}
