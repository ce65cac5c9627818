package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.EventMetadata;
import dev.parley.timeline.contract.track.Slug;
import dev.parley.timeline.contract.track.TrackEvent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An actor's response to a circulated document: who, to which document, in what words. */
abstract sealed class DocumentResponseDocument extends CommandDocument
        permits PlanEndorsedDocument, ProposalAcceptedDocument, ProposalRejectedDocument {

    @JsonProperty
    @NotNull
    @Valid
    private ActorDocument actor;

    @JsonProperty
    @NotBlank
    @Pattern(regexp = Slug.PATTERN, message = "must be the id of a circulated document, a lower-case slug")
    private String documentId;

    @JsonProperty
    @Size(max = MAX_TEXT)
    private String statement;

    /** The event recording this kind of response. */
    abstract TrackEvent respond(EventMetadata metadata, Actor respondent, String document, String words);

    @Override
    final EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> respond(metadata, actor.toActor(), documentId, statement);
    }
}
