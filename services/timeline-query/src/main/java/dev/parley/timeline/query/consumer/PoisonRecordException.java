package dev.parley.timeline.query.consumer;

import java.util.Locale;

/**
 * A record on the timeline topic that is not a Parley event this reader can ever read. It goes to
 * the dead-letter topic and consumption continues; retrying could not change the answer.
 */
class PoisonRecordException extends RuntimeException {

    /** Why, as the {@code reason} tag of the dead-letter metric and header. */
    enum Reason {
        /** No CloudEvent at all: missing or malformed {@code ce_*} headers. */
        NOT_A_CLOUDEVENT,
        /** A CloudEvent whose {@code ce_type} names no Parley event type. */
        UNKNOWN_TYPE,
        /** A known type whose data is missing, not JSON, or not that event. */
        UNREADABLE_DATA;

        String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    PoisonRecordException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
