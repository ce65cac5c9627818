package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.AgreementReached;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code agreement-reached}: the parties agree on terms. */
@JsonTypeName("agreement-reached")
final class AgreementReachedDocument extends CommandDocument {

    @JsonProperty
    @NotBlank
    @Size(max = 200)
    private String title;

    @JsonProperty
    @NotNull
    @Size(min = 1, max = 50)
    private List<@NotNull @Valid ActorDocument> parties;

    @JsonProperty
    @Size(max = 50)
    private List<@NotBlank @Size(max = MAX_TEXT) String> terms;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new AgreementReached(metadata, title.strip(), actors(parties), terms == null ? List.of() : terms);
    }
}
