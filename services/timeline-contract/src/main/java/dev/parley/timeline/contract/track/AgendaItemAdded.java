package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** An item is put on the agenda. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgendaItemAdded(EventMetadata metadata, String itemId, AgendaTopic topic, String title) implements TrackEvent {

    public AgendaItemAdded {
        Objects.requireNonNull(metadata, "metadata");
        Slug.require(itemId, "itemId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(title, "title");
    }

    @Override
    public String cameoCode() {
        return null;
    }
}
