package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * Lists of hostages and/or prisoners handed from one party to another, possibly through
 * mediators. One event records both directions' lists when the sources report them together, so
 * there is no separate prisoner-list event: the list kinds say what was handed over.
 *
 * <p>Version 2 renamed v1's {@code via} to {@code mediators}; {@link EventUpcasters} reads v1.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HostageListExchanged(
        EventMetadata metadata, Actor from, Actor to, List<Actor> mediators, List<ExchangedList> lists)
        implements TrackEvent {

    /** CAMEO 064: share information. */
    public static final String CAMEO = "064";

    public HostageListExchanged {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(from, "from");
        mediators = mediators == null ? List.of() : List.copyOf(mediators);
        lists = List.copyOf(Objects.requireNonNull(lists, "lists"));
        if (lists.isEmpty()) {
            throw new IllegalArgumentException("an exchange hands over at least one list");
        }
    }

    @Override
    public String cameoCode() {
        return CAMEO;
    }
}
