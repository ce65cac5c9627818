package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.command.track.CommandContext;
import dev.parley.timeline.command.track.EventDraft;
import dev.parley.timeline.command.track.RecordDevelopment;
import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.Confidence;
import dev.parley.timeline.contract.track.Precision;
import dev.parley.timeline.contract.track.Representative;
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
    @JsonSubTypes.Type(SummitAnnouncedDocument.class),
    @JsonSubTypes.Type(MeetingScheduledDocument.class),
    @JsonSubTypes.Type(SessionConvenedDocument.class),
    @JsonSubTypes.Type(SessionAdjournedDocument.class),
    @JsonSubTypes.Type(TalksSuspendedDocument.class),
    @JsonSubTypes.Type(TalksResumedDocument.class),
    @JsonSubTypes.Type(TalksConcludedDocument.class),
    @JsonSubTypes.Type(TalksCollapsedDocument.class),
    @JsonSubTypes.Type(TalksCancelledDocument.class),
    @JsonSubTypes.Type(ParticipantJoinedDocument.class),
    @JsonSubTypes.Type(ParticipantWithdrewDocument.class),
    @JsonSubTypes.Type(EnvoyDispatchedDocument.class),
    @JsonSubTypes.Type(AgendaItemAddedDocument.class),
    @JsonSubTypes.Type(AgendaItemClosedDocument.class),
    @JsonSubTypes.Type(StickingPointRaisedDocument.class),
    @JsonSubTypes.Type(StickingPointNarrowedDocument.class),
    @JsonSubTypes.Type(StickingPointResolvedDocument.class),
    @JsonSubTypes.Type(PositionStatedDocument.class),
    @JsonSubTypes.Type(HostageListExchangedDocument.class),
    @JsonSubTypes.Type(PersonsReleasedDocument.class),
    @JsonSubTypes.Type(DocumentCirculatedDocument.class),
    @JsonSubTypes.Type(PlanEndorsedDocument.class),
    @JsonSubTypes.Type(ProposalAcceptedDocument.class),
    @JsonSubTypes.Type(ProposalRejectedDocument.class),
    @JsonSubTypes.Type(CommitmentMadeDocument.class),
    @JsonSubTypes.Type(AssessmentReportedDocument.class),
    @JsonSubTypes.Type(TruceStatusChangedDocument.class),
    @JsonSubTypes.Type(AgreementReachedDocument.class),
    @JsonSubTypes.Type(TracksLinkedDocument.class),
    @JsonSubTypes.Type(EventCorrectedDocument.class),
    @JsonSubTypes.Type(EventRetractedDocument.class)
})
abstract sealed class CommandDocument permits
        AnnouncementDocument, MeetingScheduledDocument, SessionConvenedDocument, SessionAdjournedDocument,
        TalksSuspendedDocument, TalksResumedDocument, TalksConcludedDocument, TalksCollapsedDocument,
        TalksCancelledDocument, ParticipantJoinedDocument, ParticipantWithdrewDocument, EnvoyDispatchedDocument,
        AgendaItemAddedDocument, AgendaItemClosedDocument, StickingPointRaisedDocument, StickingPointNarrowedDocument,
        StickingPointResolvedDocument, PositionStatedDocument, HostageListExchangedDocument, PersonsReleasedDocument,
        DocumentCirculatedDocument, DocumentResponseDocument, CommitmentMadeDocument, AssessmentReportedDocument,
        TruceStatusChangedDocument, AgreementReachedDocument, TracksLinkedDocument, EventCorrectedDocument,
        EventRetractedDocument {

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

    /**
     * The development's facts, waiting for the metadata the track assigns.
     *
     * @param contexts reads the context of a document nested in this one (a correction's replacement)
     */
    abstract EventDraft toDraft(NestedContexts contexts);

    /** The domain command recording this document on {@code trackId}. */
    final RecordDevelopment toCommand(TrackId trackId, CommandContext context, NestedContexts contexts) {
        return new RecordDevelopment(trackId, context, toDraft(contexts));
    }

    static List<Actor> actors(List<ActorDocument> documents) {
        return documents == null ? List.of() : documents.stream().map(ActorDocument::toActor).toList();
    }

    static List<Representative> representatives(List<RepresentativeDocument> documents) {
        return documents == null ? List.of()
                : documents.stream().map(RepresentativeDocument::toRepresentative).toList();
    }

    /** Reads the context (time, provenance) of a nested command document, naming fields under a prefix. */
    @FunctionalInterface
    interface NestedContexts {
        CommandContext contextFor(CommandDocument nested, String fieldPrefix);
    }

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
