package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** The talks break down without agreement. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TalksCollapsed(EventMetadata metadata, String reason) implements TrackEvent {

    public TalksCollapsed {
        Objects.requireNonNull(metadata, "metadata");
    }

    @Override
    public String cameoCode() {
        return null;
    }
}
