package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.CommitmentKind;
import dev.parley.timeline.contract.track.CommitmentMade;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** {@code commitment-made}: an actor's pledge. */
@JsonTypeName("commitment-made")
final class CommitmentMadeDocument extends CommandDocument {

    @JsonProperty
    @NotNull
    @Valid
    private ActorDocument actor;

    @JsonProperty
    @NotNull
    private CommitmentKind kind;

    @JsonProperty
    @NotBlank
    @Size(max = MAX_TEXT)
    private String description;

    @JsonProperty
    @PositiveOrZero
    @Max(1_000_000_000_000_000L)
    private Long amount;

    @JsonProperty
    @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 currency code such as USD")
    private String currency;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new CommitmentMade(metadata, actor.toActor(), kind, description.strip(), amount, currency);
    }
}
