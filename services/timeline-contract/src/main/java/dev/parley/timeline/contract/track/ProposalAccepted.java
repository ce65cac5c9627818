package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** An actor accepts a circulated proposal. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProposalAccepted(EventMetadata metadata, Actor actor, String documentId, String statement) implements TrackEvent {

    public ProposalAccepted {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(actor, "actor");
        Slug.require(documentId, "documentId");
    }

    /** No CAMEO code fits accepting terms cleanly; the closest family, 08 (yield), claims more than the sources say. */
    @Override
    public String cameoCode() {
        return null;
    }
}
