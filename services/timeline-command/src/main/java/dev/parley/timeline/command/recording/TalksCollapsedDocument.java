package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.TalksCollapsed;
import jakarta.validation.constraints.Size;

/** {@code talks-collapsed}: the talks break down. */
@JsonTypeName("talks-collapsed")
final class TalksCollapsedDocument extends CommandDocument {

    @JsonProperty
    @Size(max = MAX_TEXT)
    private String reason;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new TalksCollapsed(metadata, reason);
    }
}
