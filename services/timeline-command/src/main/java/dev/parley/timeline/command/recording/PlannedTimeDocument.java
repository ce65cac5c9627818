package dev.parley.timeline.command.recording;

import dev.parley.timeline.contract.track.PlannedTime;
import dev.parley.timeline.contract.track.Precision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code {"at": "2025-10-09", "precision": "day"}}: a date the sources expect something on. */
record PlannedTimeDocument(@NotBlank @Size(max = 40) String at, Precision precision) {

    /** @param field the document field, so a bad date is reported where it was written */
    PlannedTime toPlannedTime(String field) {
        try {
            var time = ReportedTime.parse(at, precision);
            if (time.instant().isBefore(CommandContextFactory.EARLIEST)) {
                throw new InvalidCommandException(field + ".at", "must not be before 1900-01-01");
            }
            return new PlannedTime(time.instant(), time.precision());
        } catch (ReportedTime.PrecisionMismatch e) {
            throw new InvalidCommandException(field + ".precision", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException(field + ".at", ReportedTime.FORMAT_HINT);
        }
    }
}
