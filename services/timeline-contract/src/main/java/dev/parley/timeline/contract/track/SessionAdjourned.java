package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** A round of talks closes; the track may meet again. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionAdjourned(EventMetadata metadata, String round, String note) implements TrackEvent {

    public SessionAdjourned {
        Objects.requireNonNull(metadata, "metadata");
    }

    @Override
    public String cameoCode() {
        return null;
    }
}
