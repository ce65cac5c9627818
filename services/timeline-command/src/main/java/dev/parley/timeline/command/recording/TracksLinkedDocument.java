package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.contract.track.LinkRelation;
import dev.parley.timeline.contract.track.Slug;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.contract.track.TracksLinked;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code tracks-linked}: this track relates to another. */
@JsonTypeName("tracks-linked")
final class TracksLinkedDocument extends CommandDocument {

    @JsonProperty
    @NotNull
    private LinkRelation relation;

    @JsonProperty
    @NotBlank
    @Pattern(regexp = Slug.PATTERN, message = "must be the id of an announced track")
    private String linkedTrackId;

    String linkedTrackId() {
        return linkedTrackId;
    }

    @Override
    EventDraft toDraft(NestedContexts contexts) {
        return (metadata, history) -> new TracksLinked(metadata, relation, new TrackId(linkedTrackId));
    }
}
