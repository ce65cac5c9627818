package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.EnvoyDispatched;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code envoy-dispatched}: an actor sends envoys to the track. */
@JsonTypeName("envoy-dispatched")
final class EnvoyDispatchedDocument extends CommandDocument {

    @JsonProperty
    @NotNull
    @Valid
    private ActorDocument sentBy;

    @JsonProperty
    @NotNull
    @Size(min = 1, max = 20)
    private List<@NotNull @Valid RepresentativeDocument> envoys;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new EnvoyDispatched(metadata, sentBy.toActor(), representatives(envoys));
    }
}
