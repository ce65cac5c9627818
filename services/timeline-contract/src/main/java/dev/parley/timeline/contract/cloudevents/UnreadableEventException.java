package dev.parley.timeline.contract.cloudevents;

/** A record on the topic that is not a Parley event this reader understands. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
