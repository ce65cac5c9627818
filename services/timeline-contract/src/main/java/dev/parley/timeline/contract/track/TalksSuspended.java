package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** The talks are put on hold; they may resume. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TalksSuspended(EventMetadata metadata, String reason) implements TrackEvent {

    public TalksSuspended {
        Objects.requireNonNull(metadata, "metadata");
    }

    @Override
    public String cameoCode() {
        return null;
    }
}
