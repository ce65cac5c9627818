package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.Slug;
import dev.parley.timeline.contract.track.StickingPointNarrowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code sticking-point-narrowed}: the parties move closer on an issue. */
@JsonTypeName("sticking-point-narrowed")
final class StickingPointNarrowedDocument extends CommandDocument {

    @JsonProperty
    @NotBlank
    @Pattern(regexp = Slug.PATTERN, message = "must be a lower-case slug like 'disarmament'")
    private String issueId;

    @JsonProperty
    @NotBlank
    @Size(max = MAX_TEXT)
    private String note;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new StickingPointNarrowed(metadata, issueId, note.strip());
    }
}
