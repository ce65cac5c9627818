package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.AssessmentReported;
import dev.parley.timeline.contract.track.Mood;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code assessment-reported}: how the talks are going, and by whom. */
@JsonTypeName("assessment-reported")
final class AssessmentReportedDocument extends CommandDocument {

    @JsonProperty
    @NotNull
    private Mood mood;

    @JsonProperty
    @Valid
    private ActorDocument assessedBy;

    @JsonProperty
    @Size(max = MAX_TEXT)
    private String expectation;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new AssessmentReported(metadata,
                mood,
                assessedBy == null ? null : assessedBy.toActor(),
                expectation);
    }
}
