package dev.parley.timeline.command.recording;

import dev.parley.timeline.contract.track.ExchangedList;
import dev.parley.timeline.contract.track.ListKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** {@code {"kind": "hostages", "count": 48}}; the count is optional. */
record ListDocument(@NotNull ListKind kind, @PositiveOrZero @Max(1_000_000) Integer count) {

    ExchangedList toList() {
        return new ExchangedList(kind, count);
    }
}
