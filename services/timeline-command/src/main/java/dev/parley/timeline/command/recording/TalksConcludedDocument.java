package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.TalksConcluded;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code talks-concluded}: the talks end, with an outcome. */
@JsonTypeName("talks-concluded")
final class TalksConcludedDocument extends CommandDocument {

    @JsonProperty
    @NotBlank
    @Size(max = MAX_TEXT)
    private String outcome;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new TalksConcluded(metadata, outcome.strip());
    }
}
