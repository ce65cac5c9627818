package dev.parley.timeline.contract.track;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of event types: the wire name used in {@code ce_type} and the schema version of
 * each. A change that renames a field or changes its meaning bumps the version; a new optional
 * field does not.
 */
public enum TrackEventType {
    TRACK_ANNOUNCED("track-announced", 1, TrackAnnounced.class,
            "Opens a track: its name, kind (summit, ministerial meeting, indirect or direct talks, conference, contact "
                    + "group), host, venue, format, purpose and expected date, if any. Recorded once per track; the command type "
                    + "`summit-announced` records it with kind summit."),
    MEETING_SCHEDULED("meeting-scheduled", 1, MeetingScheduled.class,
            "A meeting is set for a date, with the precision the sources give, and a venue."),
    SESSION_CONVENED("session-convened", 1, SessionConvened.class,
            "A round of talks opens."),
    SESSION_ADJOURNED("session-adjourned", 1, SessionAdjourned.class,
            "A round of talks closes; the track may meet again."),
    TALKS_SUSPENDED("talks-suspended", 1, TalksSuspended.class,
            "The talks are put on hold; they may resume."),
    TALKS_RESUMED("talks-resumed", 1, TalksResumed.class,
            "Suspended talks start again."),
    TALKS_CONCLUDED("talks-concluded", 1, TalksConcluded.class,
            "The talks end as planned, with an outcome."),
    TALKS_COLLAPSED("talks-collapsed", 1, TalksCollapsed.class,
            "The talks break down without agreement."),
    TALKS_CANCELLED("talks-cancelled", 1, TalksCancelled.class,
            "The talks are called off before they run their course."),
    PARTICIPANT_JOINED("participant-joined", 1, ParticipantJoined.class,
            "An actor (state, organisation, armed group, person) takes part in a role (host, mediator, party, observer, "
                    + "guarantor) with its representatives. Repeating it for the same actor and role records nothing and answers with"
                    + " the earlier event."),
    PARTICIPANT_WITHDREW("participant-withdrew", 1, ParticipantWithdrew.class,
            "An actor stops taking part, in one role or (without a role) in all. The actor must be a participant; "
                    + "withdrawing again records nothing."),
    ENVOY_DISPATCHED("envoy-dispatched", 1, EnvoyDispatched.class,
            "An actor sends envoys to the track. The same sender sending the same envoys again records nothing."),
    AGENDA_ITEM_ADDED("agenda-item-added", 1, AgendaItemAdded.class,
            "An item (reconstruction, humanitarian aid, security, governance, truce, its next phase, disarmament, hostages "
                    + "and prisoners, withdrawal, statehood, other) goes on the agenda under an id. Adding an id again records "
                    + "nothing."),
    AGENDA_ITEM_CLOSED("agenda-item-closed", 1, AgendaItemClosed.class,
            "An agenda item is dealt with. The item must exist; closing it again records nothing."),
    STICKING_POINT_RAISED("sticking-point-raised", 1, StickingPointRaised.class,
            "An issue in dispute, under an id that positions refer to. Raising an id again records nothing."),
    STICKING_POINT_NARROWED("sticking-point-narrowed", 1, StickingPointNarrowed.class,
            "The parties move closer on a sticking point. It must exist and not be resolved; each narrowing is recorded."),
    STICKING_POINT_RESOLVED("sticking-point-resolved", 1, StickingPointResolved.class,
            "A sticking point is settled. It must exist; resolving it again records nothing."),
    POSITION_STATED("position-stated", 1, PositionStated.class,
            "An actor's stance (demand, condition, refusal, support, opposition, proposal) on an issue, with the statement "
                    + "and a quote where the sources quote one. A restatement is news and is recorded each time; the track shows each"
                    + " actor's latest stance per issue."),
    HOSTAGE_LIST_EXCHANGED("hostage-list-exchanged", 2, HostageListExchanged.class,
            "Lists of hostages and/or prisoners handed from one party to another, through mediators; one event records both"
                    + " directions' lists (there is no separate prisoner-list event). Each exchange is recorded."),
    PERSONS_RELEASED("persons-released", 1, PersonsReleased.class,
            "Hostages or prisoners set free, with the count when known. Each release is recorded."),
    DOCUMENT_CIRCULATED("document-circulated", 1, DocumentCirculated.class,
            "A note, draft, proposal or plan handed to the parties, under an id that responses refer to. Circulating an id "
                    + "again records nothing."),
    PLAN_ENDORSED("plan-endorsed", 1, PlanEndorsed.class,
            "An actor backs a circulated plan. The document must exist; the same actor endorsing it again records nothing."),
    PROPOSAL_ACCEPTED("proposal-accepted", 1, ProposalAccepted.class,
            "An actor accepts a circulated proposal. The document must exist; accepting again records nothing."),
    PROPOSAL_REJECTED("proposal-rejected", 1, ProposalRejected.class,
            "An actor turns down a circulated proposal. The document must exist; rejecting again records nothing."),
    COMMITMENT_MADE("commitment-made", 1, CommitmentMade.class,
            "An actor pledges funding, aid, reconstruction, security forces or a political step, with an amount when given."
                    + " Each pledge is recorded."),
    ASSESSMENT_REPORTED("assessment-reported", 1, AssessmentReported.class,
            "Someone describes the mood of the talks (optimistic, cautious, pessimistic, deadlocked) and what they expect. "
                    + "Each assessment is recorded; the track shows the history and the latest."),
    TRUCE_STATUS_CHANGED("truce-status-changed", 1, TruceStatusChanged.class,
            "The truce changes: a temporary pause, an extension, its next phase, a durable ceasefire, a breach. Each change is recorded."),
    AGREEMENT_REACHED("agreement-reached", 1, AgreementReached.class,
            "The parties agree on terms. Each agreement is recorded."),
    TRACKS_LINKED("tracks-linked", 1, TracksLinked.class,
            "This track runs parallel to, builds on, coordinates with or succeeds another, which must have been announced. "
                    + "The same link again records nothing; a track cannot link to itself."),
    EVENT_CORRECTED("event-corrected", 1, EventCorrected.class,
            "An earlier development of the same track was wrong: the replacement (a whole command document of the same "
                    + "type) takes its place in every read model, keeping its id and sequence. Correcting a retracted event, a "
                    + "correction or an event of another track is refused; a later correction supersedes an earlier one."),
    EVENT_RETRACTED("event-retracted", 1, EventRetracted.class,
            "An earlier development of the same track is withdrawn without replacement. Retracting twice, retracting the "
                    + "announcement, or a retraction that would leave the lifecycle inconsistent is refused.");

    /** Prefix of every CloudEvents type Parley publishes. */
    public static final String CE_TYPE_PREFIX = "dev.parley.timeline.";

    private final String wireName;
    private final int version;
    private final Class<? extends TrackEvent> eventClass;
    private final String description;

    TrackEventType(String wireName, int version, Class<? extends TrackEvent> eventClass, String description) {
        this.wireName = wireName;
        this.version = version;
        this.eventClass = eventClass;
        this.description = description;
    }

    /** What the event records and its rules in a sentence or three, as docs/events.md shows it. */
    public String description() {
        return description;
    }

    public String wireName() {
        return wireName;
    }

    public int version() {
        return version;
    }

    public Class<? extends TrackEvent> eventClass() {
        return eventClass;
    }

    /** {@code dev.parley.timeline.<type>.v<version>}, as published in {@code ce_type}. */
    public String cloudEventType() {
        return CE_TYPE_PREFIX + wireName + ".v" + version;
    }

    public static TrackEventType of(Class<?> eventClass) {
        var type = Index.BY_CLASS.get(eventClass);
        if (type == null) {
            throw new IllegalArgumentException("not a track event: " + eventClass.getName());
        }
        return type;
    }

    /** The type of an event class, by its Java name, as the event store records it in {@code payload_type}. */
    public static Optional<TrackEventType> fromClassName(String className) {
        return Optional.ofNullable(Index.BY_CLASS_NAME.get(className));
    }

    /** The type whose wire name ({@code position-stated}) is given, of any version. */
    public static Optional<TrackEventType> fromWireName(String wireName) {
        return Optional.ofNullable(Index.BY_WIRE_NAME.get(wireName));
    }

    /**
     * The types by class, class name and wire name. Every fold and every event read looks its type
     * up, so a map rather than a scan of {@code values()}, which copies the array on each call.
     * A nested class, since an enum's constructor runs before its own static fields are set.
     */
    private static final class Index {

        private static final Map<Class<?>, TrackEventType> BY_CLASS = index(TrackEventType::eventClass);
        private static final Map<String, TrackEventType> BY_CLASS_NAME = index(type -> type.eventClass().getName());
        private static final Map<String, TrackEventType> BY_WIRE_NAME = index(TrackEventType::wireName);

        private static <K> Map<K, TrackEventType> index(Function<TrackEventType, K> key) {
            // the first type wins, should two ever share a key
            return Map.copyOf(Arrays.stream(values()).collect(Collectors.toMap(key, type -> type, (first, second) -> first)));
        }
    }

    /**
     * The type and version a {@code ce_type} names, current or older; empty when it names no
     * Parley event type.
     */
    public static Optional<Versioned> fromCloudEventType(String ceType) {
        if (ceType == null || !ceType.startsWith(CE_TYPE_PREFIX)) {
            return Optional.empty();
        }
        var rest = ceType.substring(CE_TYPE_PREFIX.length());
        int dot = rest.lastIndexOf(".v");
        if (dot < 0 || !rest.substring(dot + 2).matches("[1-9][0-9]{0,3}")) {
            return Optional.empty();
        }
        int version = Integer.parseInt(rest.substring(dot + 2));
        return fromWireName(rest.substring(0, dot))
                .filter(type -> version <= type.version())
                .map(type -> new Versioned(type, version));
    }

    /** An event type at one of its versions. */
    public record Versioned(TrackEventType type, int version) {

        public boolean isCurrent() {
            return version == type.version();
        }
    }
}
