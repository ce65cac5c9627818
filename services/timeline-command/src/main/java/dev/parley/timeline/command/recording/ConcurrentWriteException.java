package dev.parley.timeline.command.recording;

/** Other writers kept winning the race for the same track; the client may retry later. */
class ConcurrentWriteException extends RuntimeException {

    ConcurrentWriteException(String trackId, int attempts) {
        super("track " + trackId + " was changed by other writers during " + attempts + " attempts; try again");
    }
}
