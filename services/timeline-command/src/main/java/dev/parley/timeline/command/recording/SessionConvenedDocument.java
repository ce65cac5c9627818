package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.SessionConvened;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** {@code session-convened}: a round of talks opens. */
@JsonTypeName("session-convened")
final class SessionConvenedDocument extends CommandDocument {

    @JsonProperty
    @Size(max = 200)
    private String round;

    @JsonProperty
    @Valid
    private VenueDocument venue;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new SessionConvened(metadata, round, venue == null ? null : venue.toVenue());
    }
}
