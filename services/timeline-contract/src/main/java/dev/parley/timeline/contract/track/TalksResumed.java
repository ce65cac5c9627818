package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** Suspended talks start again. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TalksResumed(EventMetadata metadata, String note) implements TrackEvent {

    public TalksResumed {
        Objects.requireNonNull(metadata, "metadata");
    }

    /** CAMEO 046: engage in negotiation. */
    @Override
    public String cameoCode() {
        return "046";
    }
}
