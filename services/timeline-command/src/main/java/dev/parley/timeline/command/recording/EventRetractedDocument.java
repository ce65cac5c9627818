package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.EventRetracted;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** {@code event-retracted}: an earlier event of this track is withdrawn. */
@JsonTypeName("event-retracted")
final class EventRetractedDocument extends CommandDocument {

    @JsonProperty
    @NotNull
    private UUID retractedEventId;

    @JsonProperty
    @NotBlank
    @Size(max = MAX_TEXT)
    private String reason;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new EventRetracted(metadata, retractedEventId, reason.strip());
    }
}
