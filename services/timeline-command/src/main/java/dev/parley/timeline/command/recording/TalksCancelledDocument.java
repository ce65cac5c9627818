package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.TalksCancelled;
import jakarta.validation.constraints.Size;

/** {@code talks-cancelled}: the talks are called off. */
@JsonTypeName("talks-cancelled")
final class TalksCancelledDocument extends CommandDocument {

    @JsonProperty
    @Size(max = MAX_TEXT)
    private String reason;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new TalksCancelled(metadata, reason);
    }
}
