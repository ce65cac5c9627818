package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.UUID;

/** An earlier event of the same track is withdrawn: it was wrong and has no replacement. Nothing is deleted. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventRetracted(EventMetadata metadata, UUID retractedEventId, String reason) implements TrackEvent {

    public EventRetracted {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(retractedEventId, "retractedEventId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String cameoCode() {
        return null;
    }
}
