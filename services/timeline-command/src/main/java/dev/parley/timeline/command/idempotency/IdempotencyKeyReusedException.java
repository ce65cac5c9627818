package dev.parley.timeline.command.idempotency;

/** The same {@code Idempotency-Key} came with a different request: a client bug, never a retry. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request");
    }
}
