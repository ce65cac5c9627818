package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** An actor backs a circulated plan or proposal. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanEndorsed(EventMetadata metadata, Actor actor, String documentId, String statement) implements TrackEvent {

    public PlanEndorsed {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(actor, "actor");
        Slug.require(documentId, "documentId");
    }

    /** CAMEO 051: praise or endorse. */
    @Override
    public String cameoCode() {
        return "051";
    }
}
