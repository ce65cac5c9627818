package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** A meeting of the track is set for a date (with the precision the sources give) and a venue. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeetingScheduled(
        EventMetadata metadata, PlannedTime scheduledFor, Venue venue, String round)
        implements TrackEvent {

    public MeetingScheduled {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(scheduledFor, "scheduledFor");
    }

    /** CAMEO 036: express intent to meet or negotiate. */
    @Override
    public String cameoCode() {
        return "036";
    }
}
