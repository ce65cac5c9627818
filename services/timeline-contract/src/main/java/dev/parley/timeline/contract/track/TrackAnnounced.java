package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A new negotiation track: a summit, a ministerial meeting, indirect talks. Opens the track.
 * {@code format} and {@code expectedAt} were added after version 1 as optional fields, which needs
 * no new version: readers of version 1 ignore them and older events simply lack them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrackAnnounced(
        EventMetadata metadata, String name, TrackKind kind, Actor host, Venue venue, String format, String purpose,
        PlannedTime expectedAt)
        implements TrackEvent {

    /** CAMEO 036: express intent to meet or negotiate. */
    public static final String CAMEO = "036";

    public TrackAnnounced {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String cameoCode() {
        return CAMEO;
    }
}
