package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.DocumentCirculated;
import dev.parley.timeline.contract.track.DocumentKind;
import dev.parley.timeline.contract.track.Slug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code document-circulated}: a note, draft, proposal or plan handed round. */
@JsonTypeName("document-circulated")
final class DocumentCirculatedDocument extends CommandDocument {

    @JsonProperty
    @NotBlank
    @Pattern(regexp = Slug.PATTERN, message = "must be a lower-case slug like 'disarmament'")
    private String documentId;

    @JsonProperty
    @NotNull
    private DocumentKind kind;

    @JsonProperty
    @NotBlank
    @Size(max = 200)
    private String title;

    @JsonProperty
    @Valid
    private ActorDocument circulatedBy;

    @JsonProperty
    @Size(max = MAX_TEXT)
    private String content;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new DocumentCirculated(metadata,
                documentId,
                kind,
                title.strip(),
                circulatedBy == null ? null : circulatedBy.toActor(),
                content);
    }
}
