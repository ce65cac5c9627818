package dev.parley.timeline.contract.track;

import java.time.Instant;
import java.util.Objects;

/** A date in the future as the sources give it, with how precisely they give it ("in October" is a month). */
public record PlannedTime(Instant at, Precision precision) {

    public PlannedTime {
        Objects.requireNonNull(at, "planned time");
        Objects.requireNonNull(precision, "planned time precision");
    }
}
