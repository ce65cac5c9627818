package dev.parley.timeline.operations;

/**
 * A failure {@link DatabaseUnavailable} recognised, unwrapped from whatever framework exception
 * carried it (Axon wraps the event store's), so that exception handlers can match its type.
 */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(Throwable cause) {
        super("the database cannot be reached: " + cause.getMessage(), cause);
    }
}
