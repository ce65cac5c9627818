package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** A note, draft, proposal or plan is handed to the parties. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentCirculated(
        EventMetadata metadata, String documentId, DocumentKind kind, String title, Actor circulatedBy, String content)
        implements TrackEvent {

    public DocumentCirculated {
        Objects.requireNonNull(metadata, "metadata");
        Slug.require(documentId, "documentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }

    /** CAMEO 064: share information. */
    @Override
    public String cameoCode() {
        return "064";
    }
}
