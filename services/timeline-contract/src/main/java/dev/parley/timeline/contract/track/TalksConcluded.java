package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** The talks end as planned, with an outcome. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TalksConcluded(EventMetadata metadata, String outcome) implements TrackEvent {

    public TalksConcluded {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public String cameoCode() {
        return null;
    }
}
