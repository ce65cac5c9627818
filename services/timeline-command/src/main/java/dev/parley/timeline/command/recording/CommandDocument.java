package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.CommandContext;
import dev.parley.timeline.command.track.TrackCommand;
import dev.parley.timeline.contract.track.Confidence;
import dev.parley.timeline.contract.track.Precision;
import dev.parley.timeline.contract.track.TrackId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One command document as editors send it: {@code {"type": "<command-type>", ...}}. The fields
 * here are common to every command; subclasses add the development's own facts. Bean Validation
 * checks shapes and sizes; the aggregate checks the rules that depend on the track's state.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(TrackAnnouncedDocument.class),
    @JsonSubTypes.Type(ParticipantJoinedDocument.class),
    @JsonSubTypes.Type(HostageListExchangedDocument.class)
})
abstract sealed class CommandDocument
        permits TrackAnnouncedDocument, ParticipantJoinedDocument, HostageListExchangedDocument {

    static final int MAX_TEXT = 2000;

    @JsonProperty
    @NotBlank
    private String occurredAt;

    @JsonProperty
    private Precision occurredAtPrecision;

    @JsonProperty
    @NotNull
    @Size(min = 1, max = 20)
    private List<@NotNull @Valid SourceDocument> sources;

    @JsonProperty
    private Confidence confidence;

    @JsonProperty
    @Size(max = MAX_TEXT)
    private String summary;

    /** Turns the validated document into the domain command for {@code trackId}. */
    abstract TrackCommand toCommand(TrackId trackId, CommandContext context);

    String type() {
        return getClass().getAnnotation(JsonTypeName.class).value();
    }

    String occurredAt() {
        return occurredAt;
    }

    Precision occurredAtPrecision() {
        return occurredAtPrecision;
    }

    List<SourceDocument> sources() {
        return sources;
    }

    /** "Reported" unless the editor says otherwise: most developments come from press reports. */
    Confidence confidence() {
        return confidence == null ? Confidence.REPORTED : confidence;
    }

    String summary() {
        return summary;
    }
}
