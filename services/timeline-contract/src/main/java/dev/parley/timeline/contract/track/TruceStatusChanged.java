package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** The truce between the parties changes: a pause, an extension, its next phase, a durable ceasefire or a breach. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TruceStatusChanged(EventMetadata metadata, TruceStatus status, String phase, String note) implements TrackEvent {

    public TruceStatusChanged {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(status, "status");
    }

    /** CAMEO 0871: declare truce, ceasefire (none for a breach). */
    @Override
    public String cameoCode() {
        return status == TruceStatus.BREACHED ? null : "0871";
    }
}
