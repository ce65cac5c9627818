package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Objects;
import java.util.UUID;

/**
 * An earlier event of the same track was wrong: {@code replacement} is what should have been
 * recorded, of the same type, keeping the corrected event's id and sequence so readers can put it
 * in its place. The corrected event itself stays in the store untouched.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventCorrected(
        EventMetadata metadata,
        UUID correctedEventId,
        String reason,
        @JsonDeserialize(using = NestedTrackEventDeserializer.class) TrackEvent replacement)
        implements TrackEvent {

    public EventCorrected {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(correctedEventId, "correctedEventId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(replacement, "replacement");
        if (!replacement.metadata().eventId().equals(correctedEventId)) {
            throw new IllegalArgumentException("the replacement keeps the corrected event's id");
        }
        if (replacement instanceof EventCorrected || replacement instanceof EventRetracted) {
            throw new IllegalArgumentException("a correction replaces a development, not another correction");
        }
    }

    @Override
    public String cameoCode() {
        return null;
    }
}
