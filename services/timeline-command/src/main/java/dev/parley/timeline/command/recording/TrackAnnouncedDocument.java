package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.contract.track.TrackKind;
import jakarta.validation.constraints.NotNull;

/** {@code track-announced}: a new track: name, kind, host, venue, format, purpose, expected date. */
@JsonTypeName("track-announced")
final class TrackAnnouncedDocument extends AnnouncementDocument {

    @JsonProperty
    @NotNull
    private TrackKind kind;

    @Override
    TrackKind kind() {
        return kind;
    }
}
