package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** A new negotiation track: a summit, a ministerial meeting, indirect talks. Opens the track. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrackAnnounced(
        EventMetadata metadata, String name, TrackKind kind, Actor host, Venue venue, String purpose)
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
