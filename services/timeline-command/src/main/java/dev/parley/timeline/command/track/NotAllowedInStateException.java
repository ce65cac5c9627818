package dev.parley.timeline.command.track;

import dev.parley.timeline.contract.track.TrackStatus;

/** A development that makes no sense in the track's current lifecycle state (docs/lifecycle.md). */
public class NotAllowedInStateException extends TrackRefusal {

    private final TrackStatus status;
    private final String commandType;

    public NotAllowedInStateException(TrackStatus status, String commandType) {
        super("'" + commandType + "' cannot be recorded while the track is " + status.wireName()
                + "; see docs/lifecycle.md for what each state allows");
        this.status = status;
        this.commandType = commandType;
    }

    public TrackStatus status() {
        return status;
    }

    public String commandType() {
        return commandType;
    }
}
