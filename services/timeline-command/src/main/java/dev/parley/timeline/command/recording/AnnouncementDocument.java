package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.TrackAnnounced;
import dev.parley.timeline.contract.track.TrackKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The fields that open a track, shared by {@code track-announced} and its alias {@code summit-announced}. */
abstract sealed class AnnouncementDocument extends CommandDocument permits TrackAnnouncedDocument, SummitAnnouncedDocument {

    @JsonProperty
    @NotBlank
    @Size(max = 200)
    private String name;

    @JsonProperty
    @Valid
    private ActorDocument host;

    @JsonProperty
    @Valid
    private VenueDocument venue;

    @JsonProperty
    @Size(max = 200)
    private String format;

    @JsonProperty
    @Size(max = MAX_TEXT)
    private String purpose;

    @JsonProperty
    @Valid
    private PlannedTimeDocument expectedAt;

    /** The kind of track announced. */
    abstract TrackKind kind();

    @Override
    final EventDraft toDraft(NestedContexts contexts) {
        var expected = expectedAt == null ? null : expectedAt.toPlannedTime("expectedAt");
        return (metadata, history) -> new TrackAnnounced(metadata, name.strip(), kind(),
                host == null ? null : host.toActor(), venue == null ? null : venue.toVenue(), format, purpose, expected);
    }
}
