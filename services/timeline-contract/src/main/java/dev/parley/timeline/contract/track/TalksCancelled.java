package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** The talks are called off before they run their course. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TalksCancelled(EventMetadata metadata, String reason) implements TrackEvent {

    public TalksCancelled {
        Objects.requireNonNull(metadata, "metadata");
    }

    @Override
    public String cameoCode() {
        return null;
    }
}
