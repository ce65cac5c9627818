package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.Slug;
import dev.parley.timeline.contract.track.StickingPointRaised;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code sticking-point-raised}: an issue in dispute. */
@JsonTypeName("sticking-point-raised")
final class StickingPointRaisedDocument extends CommandDocument {

    @JsonProperty
    @NotBlank
    @Pattern(regexp = Slug.PATTERN, message = "must be a lower-case slug like 'disarmament'")
    private String issueId;

    @JsonProperty
    @NotBlank
    @Size(max = 200)
    private String title;

    @JsonProperty
    @Size(max = MAX_TEXT)
    private String description;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new StickingPointRaised(metadata, issueId, title.strip(), description);
    }
}
