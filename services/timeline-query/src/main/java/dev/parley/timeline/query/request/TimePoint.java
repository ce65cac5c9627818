package dev.parley.timeline.query.request;

import dev.parley.timeline.contract.time.TimeBound;
import java.time.Instant;

/**
 * A moment given as {@code asOf}, {@code knownAt}, {@code from} or {@code to}, read as
 * {@link TimeBound} says, with a bad value reported as a problem naming the parameter.
 */
public final class TimePoint {

    private TimePoint() {
    }

    /**
     * @return the first instant no longer included, or null when no value was given
     * @throws InvalidParameterException naming the parameter
     */
    public static Instant exclusiveEnd(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TimeBound.exclusiveEnd(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, TimeBound.FORMAT_HINT);
        }
    }
}
