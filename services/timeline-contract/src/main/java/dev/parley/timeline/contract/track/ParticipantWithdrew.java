package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** An actor stops taking part in a role (or in every role when none is given). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantWithdrew(
        EventMetadata metadata, Actor actor, ParticipantRole role, String reason)
        implements TrackEvent {

    public ParticipantWithdrew {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(actor, "actor");
    }

    @Override
    public String cameoCode() {
        return null;
    }
}
