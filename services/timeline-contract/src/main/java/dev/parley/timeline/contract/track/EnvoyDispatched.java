package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/** An actor sends envoys to the track. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnvoyDispatched(EventMetadata metadata, Actor sentBy, List<Representative> envoys) implements TrackEvent {

    public EnvoyDispatched {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(sentBy, "sentBy");
        envoys = List.copyOf(Objects.requireNonNull(envoys, "envoys"));
        if (envoys.isEmpty()) {
            throw new IllegalArgumentException("envoys must not be empty");
        }
    }

    /** CAMEO 042: make a visit. */
    @Override
    public String cameoCode() {
        return "042";
    }
}
