package dev.parley.timeline.command.publication;

/** Publication stopped; the relay starts again from the last stored position. */
class PublicationFailedException extends RuntimeException {

    PublicationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
