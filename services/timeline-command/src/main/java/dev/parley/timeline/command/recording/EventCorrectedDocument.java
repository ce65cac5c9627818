package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.command.track.TrackRules;
import dev.parley.timeline.contract.track.EventCorrected;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * {@code event-corrected}: names an earlier event of the same track, why it was wrong, and the
 * whole command document that should have been recorded instead (same type, its own time and
 * sources). The corrected event stays in the store; readers show the replacement in its place.
 */
@JsonTypeName("event-corrected")
final class EventCorrectedDocument extends CommandDocument {

    @JsonProperty
    @NotNull
    private UUID correctedEventId;

    @JsonProperty
    @NotBlank
    @Size(max = MAX_TEXT)
    private String reason;

    @JsonProperty
    @NotNull
    @Valid
    private CommandDocument replacement;

    /** The document that should have been recorded instead. */
    CommandDocument replacement() {
        return replacement;
    }

    @AssertTrue(message = "must be the corrected development's own type, not a correction or retraction")
    private boolean isReplacement() {
        return !(replacement instanceof EventCorrectedDocument || replacement instanceof EventRetractedDocument);
    }

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        var replacementContext = contexts.contextFor(replacement, "replacement.");
        var replacementDraft = replacement.toDraft(contexts);
        return (metadata, history) -> {
            var corrected = TrackRules.requireAmendable(correctedEventId, "correctedEventId", history);
            var replacementEvent = replacementDraft.create(replacementContext.replacing(corrected.metadata(), metadata), history);
            return new EventCorrected(metadata, correctedEventId, reason.strip(), replacementEvent);
        };
    }
}
