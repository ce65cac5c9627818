package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.TruceStatus;
import dev.parley.timeline.contract.track.TruceStatusChanged;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code truce-status-changed}: the truce changes. */
@JsonTypeName("truce-status-changed")
final class TruceStatusChangedDocument extends CommandDocument {

    @JsonProperty
    @NotNull
    private TruceStatus status;

    @JsonProperty
    @Size(max = 200)
    private String phase;

    @JsonProperty
    @Size(max = MAX_TEXT)
    private String note;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new TruceStatusChanged(metadata, status, phase, note);
    }
}
