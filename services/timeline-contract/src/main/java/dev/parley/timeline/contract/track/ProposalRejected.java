package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** An actor turns down a circulated proposal. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProposalRejected(EventMetadata metadata, Actor actor, String documentId, String statement) implements TrackEvent {

    public ProposalRejected {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(actor, "actor");
        Slug.require(documentId, "documentId");
    }

    /** CAMEO 12: reject. */
    @Override
    public String cameoCode() {
        return "12";
    }
}
