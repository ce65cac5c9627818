package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** A round of talks opens. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionConvened(EventMetadata metadata, String round, Venue venue) implements TrackEvent {

    public SessionConvened {
        Objects.requireNonNull(metadata, "metadata");
    }

    /** CAMEO 046: engage in negotiation. */
    @Override
    public String cameoCode() {
        return "046";
    }
}
