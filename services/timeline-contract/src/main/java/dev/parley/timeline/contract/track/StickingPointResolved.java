package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** A sticking point is settled. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StickingPointResolved(EventMetadata metadata, String issueId, String resolution) implements TrackEvent {

    public StickingPointResolved {
        Objects.requireNonNull(metadata, "metadata");
        Slug.require(issueId, "issueId");
    }

    @Override
    public String cameoCode() {
        return null;
    }
}
