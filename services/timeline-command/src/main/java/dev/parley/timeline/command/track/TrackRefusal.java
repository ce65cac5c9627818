package dev.parley.timeline.command.track;

/**
 * A development the track refuses to record, judged against what the track already holds: the
 * editor is told why, and nothing is stored. A batch ({@link RecordDevelopments}) answers a
 * refused command with its refusal and goes on with the next; any other failure ends the batch.
 */
public abstract class TrackRefusal extends RuntimeException {

    protected TrackRefusal(String message) {
        super(message);
    }
}
