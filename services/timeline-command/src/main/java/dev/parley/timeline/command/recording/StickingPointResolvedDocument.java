package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.Slug;
import dev.parley.timeline.contract.track.StickingPointResolved;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code sticking-point-resolved}: an issue is settled. */
@JsonTypeName("sticking-point-resolved")
final class StickingPointResolvedDocument extends CommandDocument {

    @JsonProperty
    @NotBlank
    @Pattern(regexp = Slug.PATTERN, message = "must be a lower-case slug like 'disarmament'")
    private String issueId;

    @JsonProperty
    @Size(max = MAX_TEXT)
    private String resolution;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new StickingPointResolved(metadata, issueId, resolution);
    }
}
