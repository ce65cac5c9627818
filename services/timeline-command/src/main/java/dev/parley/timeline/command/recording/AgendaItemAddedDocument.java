package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.AgendaItemAdded;
import dev.parley.timeline.contract.track.AgendaTopic;
import dev.parley.timeline.contract.track.Slug;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code agenda-item-added}: an item goes on the agenda. */
@JsonTypeName("agenda-item-added")
final class AgendaItemAddedDocument extends CommandDocument {

    @JsonProperty
    @NotBlank
    @Pattern(regexp = Slug.PATTERN, message = "must be a lower-case slug like 'disarmament'")
    private String itemId;

    @JsonProperty
    @NotNull
    private AgendaTopic topic;

    @JsonProperty
    @NotBlank
    @Size(max = 200)
    private String title;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new AgendaItemAdded(metadata, itemId, topic, title.strip());
    }
}
