package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** An actor pledges funding, aid, forces or political steps. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommitmentMade(
        EventMetadata metadata, Actor actor, CommitmentKind kind, String description, Long amount, String currency)
        implements TrackEvent {

    public CommitmentMade {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        if (amount != null && amount < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
    }

    /** CAMEO 03: express intent to cooperate. */
    @Override
    public String cameoCode() {
        return "03";
    }
}
