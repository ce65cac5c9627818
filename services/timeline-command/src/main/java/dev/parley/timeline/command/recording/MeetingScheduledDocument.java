package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.MeetingScheduled;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code meeting-scheduled}: a meeting set for a date and venue. */
@JsonTypeName("meeting-scheduled")
final class MeetingScheduledDocument extends CommandDocument {

    @JsonProperty
    @NotNull
    @Valid
    private PlannedTimeDocument scheduledFor;

    @JsonProperty
    @Valid
    private VenueDocument venue;

    @JsonProperty
    @Size(max = 200)
    private String round;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        // parsed here, before the track is locked, so a bad date costs no transaction
        var when = scheduledFor.toPlannedTime("scheduledFor");
        return (metadata, history) -> new MeetingScheduled(metadata, when, venue == null ? null : venue.toVenue(), round);
    }
}
