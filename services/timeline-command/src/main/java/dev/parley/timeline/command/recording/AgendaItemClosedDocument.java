package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.AgendaItemClosed;
import dev.parley.timeline.contract.track.Slug;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code agenda-item-closed}: an agenda item is dealt with. */
@JsonTypeName("agenda-item-closed")
final class AgendaItemClosedDocument extends CommandDocument {

    @JsonProperty
    @NotBlank
    @Pattern(regexp = Slug.PATTERN, message = "must be a lower-case slug like 'disarmament'")
    private String itemId;

    @JsonProperty
    @Size(max = MAX_TEXT)
    private String outcome;

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new AgendaItemClosed(metadata, itemId, outcome);
    }
}
