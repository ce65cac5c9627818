package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/** Hostages or prisoners are set free. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonsReleased(
        EventMetadata metadata, ListKind kind, Integer count, Actor releasedBy, Actor releasedTo, List<Actor> via)
        implements TrackEvent {

    public PersonsReleased {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(kind, "kind");
        if (count != null && count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        Objects.requireNonNull(releasedBy, "releasedBy");
        via = via == null ? List.of() : List.copyOf(via);
    }

    /** CAMEO 0841: return, release person(s). */
    @Override
    public String cameoCode() {
        return "0841";
    }
}
