package dev.parley.timeline.query.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;

/**
 * A moment given as {@code asOf} or {@code knownAt}: an ISO date means the end of that day in UTC
 * (everything up to, not including, the next midnight), a date-time with offset means that
 * instant. A date-time without offset is refused: its meaning would depend on the server's zone.
 */
public final class TimePoint {

    public static final String FORMAT_HINT = "must be an ISO date (2025-10-08, meaning the end of that day, UTC) or a date-time "
            + "with offset (2025-10-08T14:30:00Z)";

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
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            // a microsecond, not a nanosecond: PostgreSQL keeps microseconds and the driver drops the rest
            return OffsetDateTime.parse(value).toInstant().plus(1, ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, FORMAT_HINT);
        }
    }
}
