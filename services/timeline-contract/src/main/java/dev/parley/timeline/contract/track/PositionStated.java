package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** An actor's stance on an issue, in its own words where the sources quote them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PositionStated(
        EventMetadata metadata, Actor actor, String issueId, StanceKind stance, String statement, String quote)
        implements TrackEvent {

    public PositionStated {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(actor, "actor");
        Slug.require(issueId, "issueId");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(statement, "statement");
    }

    /** CAMEO 10 demand, 12 reject, 051 praise or endorse, 11 disapprove, 03 express intent to cooperate. */
    @Override
    public String cameoCode() {
        return switch (stance) {
            case DEMAND, CONDITION -> "10";
            case REFUSAL -> "12";
            case SUPPORT -> "051";
            case OPPOSITION -> "11";
            case PROPOSAL -> "03";
        };
    }
}
