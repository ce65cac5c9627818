package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** One list handed over in an exchange; the count is null when the sources give none. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExchangedList(ListKind kind, Integer count) {

    public ExchangedList {
        Objects.requireNonNull(kind, "list kind");
        if (count != null && count < 0) {
            throw new IllegalArgumentException("list count must not be negative");
        }
    }
}
