package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A development on a negotiation track. Events are immutable facts; a mistaken one is corrected by
 * a later event, never edited. {@code type} and {@code cameoCode} are written into the JSON for
 * readers of the data alone and ignored when reading it back, since both follow from the class.
 */
@JsonIgnoreProperties(value = {"type", "cameoCode"}, allowGetters = true)
public sealed interface TrackEvent permits
        TrackAnnounced, MeetingScheduled, SessionConvened, SessionAdjourned,
        TalksSuspended, TalksResumed, TalksConcluded, TalksCollapsed,
        TalksCancelled, ParticipantJoined, ParticipantWithdrew, EnvoyDispatched,
        AgendaItemAdded, AgendaItemClosed, StickingPointRaised, StickingPointNarrowed,
        StickingPointResolved, PositionStated, HostageListExchanged, PersonsReleased,
        DocumentCirculated, PlanEndorsed, ProposalAccepted, ProposalRejected,
        CommitmentMade, AssessmentReported, TruceStatusChanged, AgreementReached,
        TracksLinked, EventCorrected, EventRetracted {

    EventMetadata metadata();

    /** The CAMEO event code (Conflict and Mediation Event Observations) that fits, or null. */
    @JsonProperty("cameoCode")
    String cameoCode();

    @JsonProperty("type")
    default String type() {
        return TrackEventType.of(getClass()).wireName();
    }

    default TrackId trackId() {
        return metadata().trackId();
    }

    default long sequence() {
        return metadata().sequence();
    }
}
