package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** An agenda item is dealt with. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgendaItemClosed(EventMetadata metadata, String itemId, String outcome) implements TrackEvent {

    public AgendaItemClosed {
        Objects.requireNonNull(metadata, "metadata");
        Slug.require(itemId, "itemId");
    }

    @Override
    public String cameoCode() {
        return null;
    }
}
