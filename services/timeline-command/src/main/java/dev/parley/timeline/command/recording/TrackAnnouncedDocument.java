package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.AnnounceTrack;
import dev.parley.timeline.command.track.CommandContext;
import dev.parley.timeline.command.track.TrackCommand;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.contract.track.TrackKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@JsonTypeName("track-announced")
final class TrackAnnouncedDocument extends CommandDocument {

    @JsonProperty
    @NotBlank
    @Size(max = 200)
    private String name;

    @JsonProperty
    @NotNull
    private TrackKind kind;

    @JsonProperty
    @Valid
    private ActorDocument host;

    @JsonProperty
    @Valid
    private VenueDocument venue;

    @JsonProperty
    @Size(max = MAX_TEXT)
    private String purpose;

    @Override
    TrackCommand toCommand(TrackId trackId, CommandContext context) {
        return new AnnounceTrack(trackId, context, name.strip(), kind,
                host == null ? null : host.toActor(),
                venue == null ? null : venue.toVenue(),
                purpose);
    }
}
