package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** Someone describes how the talks are going. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentReported(EventMetadata metadata, Mood mood, Actor assessedBy, String expectation) implements TrackEvent {

    public AssessmentReported {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(mood, "mood");
    }

    @Override
    public String cameoCode() {
        return null;
    }
}
