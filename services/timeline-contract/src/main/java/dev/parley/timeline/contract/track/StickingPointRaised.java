package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** An issue in dispute between the parties. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StickingPointRaised(
        EventMetadata metadata, String issueId, String title, String description)
        implements TrackEvent {

    public StickingPointRaised {
        Objects.requireNonNull(metadata, "metadata");
        Slug.require(issueId, "issueId");
        Objects.requireNonNull(title, "title");
    }

    @Override
    public String cameoCode() {
        return null;
    }
}
