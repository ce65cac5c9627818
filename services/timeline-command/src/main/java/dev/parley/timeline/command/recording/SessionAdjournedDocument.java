package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.SessionAdjourned;
import jakarta.validation.constraints.Size;

/** {@code session-adjourned}: a round of talks closes. */
@JsonTypeName("session-adjourned")
final class SessionAdjournedDocument extends CommandDocument {

    @JsonProperty
    @Size(max = 200)
    private String round;

    @JsonProperty
    @Size(max = MAX_TEXT)
    private String note;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new SessionAdjourned(metadata, round, note);
    }
}
