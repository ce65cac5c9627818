package dev.parley.timeline.contract.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * How Parley reads a moment given as "up to" ({@code asOf}, {@code knownAt}, {@code until}): an
 * ISO date means the whole of that day in UTC, a date-time with offset means up to and including
 * that instant. A date-time without offset is refused: its meaning would depend on a time zone.
 */
public final class TimeBound {

    public static final String FORMAT_HINT = "must be an ISO date (2025-10-08, meaning the end of that day, UTC) or a date-time "
            + "with offset (2025-10-08T14:30:00Z)";

    private TimeBound() {
    }

    /**
     * The first instant no longer included. For a date-time that is one microsecond later, not a
     * nanosecond: PostgreSQL keeps microseconds, and its driver drops what is finer.
     *
     * @throws IllegalArgumentException with {@link #FORMAT_HINT}
     */
    public static Instant exclusiveEnd(String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant().plus(1, ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(FORMAT_HINT, e);
        }
    }
}
