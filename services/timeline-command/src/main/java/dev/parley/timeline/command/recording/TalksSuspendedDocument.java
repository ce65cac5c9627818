package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.TalksSuspended;
import jakarta.validation.constraints.Size;

/** {@code talks-suspended}: the talks are put on hold. */
@JsonTypeName("talks-suspended")
final class TalksSuspendedDocument extends CommandDocument {

    @JsonProperty
    @Size(max = MAX_TEXT)
    private String reason;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new TalksSuspended(metadata, reason);
    }
}
