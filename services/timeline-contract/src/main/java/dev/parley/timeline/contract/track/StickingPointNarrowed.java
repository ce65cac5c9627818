package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** The parties move closer on a sticking point. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StickingPointNarrowed(EventMetadata metadata, String issueId, String note) implements TrackEvent {

    public StickingPointNarrowed {
        Objects.requireNonNull(metadata, "metadata");
        Slug.require(issueId, "issueId");
        Objects.requireNonNull(note, "note");
    }

    @Override
    public String cameoCode() {
        return null;
    }
}
