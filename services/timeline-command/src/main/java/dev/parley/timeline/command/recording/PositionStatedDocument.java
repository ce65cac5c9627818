package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.PositionStated;
import dev.parley.timeline.contract.track.Slug;
import dev.parley.timeline.contract.track.StanceKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code position-stated}: an actor's stance on an issue. */
@JsonTypeName("position-stated")
final class PositionStatedDocument extends CommandDocument {

    @JsonProperty
    @NotNull
    @Valid
    private ActorDocument actor;

    @JsonProperty
    @NotBlank
    @Pattern(regexp = Slug.PATTERN, message = "must be a lower-case slug like 'disarmament'")
    private String issueId;

    @JsonProperty
    @NotNull
    private StanceKind stance;

    @JsonProperty
    @NotBlank
    @Size(max = MAX_TEXT)
    private String statement;

    @JsonProperty
    @Size(max = MAX_TEXT)
    private String quote;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new PositionStated(metadata, actor.toActor(), issueId, stance, statement.strip(), quote);
    }
}
