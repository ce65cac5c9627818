package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** This track relates to another, which must exist. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TracksLinked(EventMetadata metadata, LinkRelation relation, TrackId linkedTrackId) implements TrackEvent {

    public TracksLinked {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(linkedTrackId, "linkedTrackId");
    }

    @Override
    public String cameoCode() {
        return null;
    }
}
