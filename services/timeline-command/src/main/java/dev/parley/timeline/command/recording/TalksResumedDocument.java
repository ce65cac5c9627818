package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.TalksResumed;
import jakarta.validation.constraints.Size;

/** {@code talks-resumed}: suspended talks start again. */
@JsonTypeName("talks-resumed")
final class TalksResumedDocument extends CommandDocument {

    @JsonProperty
    @Size(max = MAX_TEXT)
    private String note;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new TalksResumed(metadata, note);
    }
}
