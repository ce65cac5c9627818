package dev.parley.timeline.command.recording;

import dev.parley.timeline.contract.track.Precision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A time as the sources give it: an ISO date ({@code 2025-10-08}, precision "day" unless told
 * otherwise) or an ISO date-time with offset ({@code 2025-10-08T14:30:00+02:00}, precision
 * "instant" unless told otherwise). A date-time without offset is refused: its instant would depend
 * on the server's time zone.
 */
record ReportedTime(Instant instant, Precision precision) {

    static final String FORMAT_HINT = "must be an ISO date (2025-10-08) or date-time with offset (2025-10-08T14:30:00Z)";

    /**
     * @param declared the precision the editor gave, or null
     * @throws IllegalArgumentException with a message fit for the editor
     */
    static ReportedTime parse(String text, Precision declared) {
        if (text.length() == 10) {
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(FORMAT_HINT);
            }
            if (declared == Precision.INSTANT) {
                throw new PrecisionMismatch("a bare date cannot have precision 'instant'; give a date-time");
            }
            return new ReportedTime(date.atStartOfDay(ZoneOffset.UTC).toInstant(), declared == null ? Precision.DAY : declared);
        }
        try {
            return new ReportedTime(OffsetDateTime.parse(text).toInstant(), declared == null ? Precision.INSTANT : declared);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(FORMAT_HINT);
        }
    }

    static Instant parseInstant(String text) {
        return parse(text, null).instant();
    }

    /** The date is fine but the declared precision contradicts it. */
    static final class PrecisionMismatch extends IllegalArgumentException {
        PrecisionMismatch(String message) {
            super(message);
        }
    }
}
