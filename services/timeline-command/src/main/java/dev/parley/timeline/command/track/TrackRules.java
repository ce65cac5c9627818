package dev.parley.timeline.command.track;

import dev.parley.timeline.contract.state.TrackHistory;
import dev.parley.timeline.contract.state.TrackLifecycle;
import dev.parley.timeline.contract.state.TrackState;
import dev.parley.timeline.contract.track.AgendaItemAdded;
import dev.parley.timeline.contract.track.AgendaItemClosed;
import dev.parley.timeline.contract.track.DocumentCirculated;
import dev.parley.timeline.contract.track.EnvoyDispatched;
import dev.parley.timeline.contract.track.EventCorrected;
import dev.parley.timeline.contract.track.EventRetracted;
import dev.parley.timeline.contract.track.ParticipantJoined;
import dev.parley.timeline.contract.track.ParticipantWithdrew;
import dev.parley.timeline.contract.track.PlanEndorsed;
import dev.parley.timeline.contract.track.ProposalAccepted;
import dev.parley.timeline.contract.track.ProposalRejected;
import dev.parley.timeline.contract.track.StickingPointNarrowed;
import dev.parley.timeline.contract.track.StickingPointRaised;
import dev.parley.timeline.contract.track.StickingPointResolved;
import dev.parley.timeline.contract.track.TrackAnnounced;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackEventType;
import dev.parley.timeline.contract.track.TracksLinked;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules a development must meet against what the track already holds, and the decision
 * whether it repeats a known fact. Repeating a fact that can only be true once (a participant
 * joining in a role, an item added, a point resolved, a document circulated, a response given,
 * a link made) changes nothing and answers with the earlier event; developments that are news each
 * time (positions, exchanges, releases, pledges, moods, truce changes, agreements, narrowings,
 * corrections) are always recorded. docs/lifecycle.md lists every decision.
 */
public final class TrackRules {

    private TrackRules() {
    }

    /**
     * @return the earlier event that already records this fact, when the event repeats it
     * @throws TrackRuleViolation when the event contradicts the history
     */
    static Optional<UUID> check(TrackEvent event, TrackHistory history) {
        var state = history.state();
        if (event instanceof ParticipantJoined e) {
            return state.participants().stream()
                    .filter(p -> p.active() && p.actor().id().equals(e.actor().id()) && p.role().equals(e.role().wireName()))
                    .map(TrackState.Participant::eventId).findFirst();
        }
        if (event instanceof ParticipantWithdrew e) {
            return withdrawal(e, state);
        }
        if (event instanceof EnvoyDispatched e) {
            return state.envoys().stream()
                    .filter(earlier -> earlier.sentBy().id().equals(e.sentBy().id()) && earlier.envoys().equals(e.envoys()))
                    .map(earlier -> earlier.metadata().eventId()).findFirst();
        }
        if (event instanceof AgendaItemAdded e) {
            return state.agenda().stream().filter(item -> item.itemId().equals(e.itemId()))
                    .map(TrackState.AgendaItem::eventId).findFirst();
        }
        if (event instanceof AgendaItemClosed e) {
            var item = state.agenda().stream().filter(i -> i.itemId().equals(e.itemId())).findFirst()
                    .orElseThrow(() -> unknown("agenda-item-not-found", "itemId", "agenda item '" + e.itemId() + "'"));
            return item.open() ? Optional.empty() : Optional.of(item.eventId());
        }
        if (event instanceof StickingPointRaised e) {
            return stickingPoint(state, e.issueId()).map(TrackState.StickingPoint::eventId);
        }
        if (event instanceof StickingPointNarrowed e) {
            var point = stickingPoint(state, e.issueId()).orElseThrow(() -> unknownPoint(e.issueId()));
            if (point.isResolved()) {
                throw new TrackRuleViolation("sticking-point-resolved", "issueId",
                        "sticking point '" + e.issueId() + "' is already resolved; raise it again under a new id if it reopened");
            }
            return Optional.empty();
        }
        if (event instanceof StickingPointResolved e) {
            var point = stickingPoint(state, e.issueId()).orElseThrow(() -> unknownPoint(e.issueId()));
            return point.isResolved() ? Optional.of(point.eventId()) : Optional.empty();
        }
        if (event instanceof DocumentCirculated e) {
            return document(state, e.documentId()).map(TrackState.CirculatedDocument::eventId);
        }
        if (event instanceof PlanEndorsed e) {
            return response(state, e.documentId(), e.actor().id(), "endorsed");
        }
        if (event instanceof ProposalAccepted e) {
            return response(state, e.documentId(), e.actor().id(), "accepted");
        }
        if (event instanceof ProposalRejected e) {
            return response(state, e.documentId(), e.actor().id(), "rejected");
        }
        if (event instanceof TracksLinked e) {
            return state.links().stream()
                    .filter(link -> link.relation() == e.relation() && link.linkedTrackId().equals(e.linkedTrackId()))
                    .map(link -> link.metadata().eventId()).findFirst();
        }
        if (event instanceof EventRetracted e) {
            requireRetractable(e, history);
        }
        if (event instanceof EventCorrected e) {
            requireCorrectable(e, history);
        }
        return Optional.empty();
    }

    private static Optional<UUID> withdrawal(ParticipantWithdrew e, TrackState state) {
        var matching = state.participants().stream()
                .filter(p -> p.actor().id().equals(e.actor().id()) && (e.role() == null || p.role().equals(e.role().wireName())))
                .toList();
        if (matching.isEmpty()) {
            throw new TrackRuleViolation("not-a-participant", "actor.id",
                    "'" + e.actor().id() + "' does not take part in this track" + (e.role() == null ? "" : " as " + e.role().wireName()));
        }
        if (matching.stream().noneMatch(TrackState.Participant::active)) {
            // withdrawn already: the answer points at the withdrawal
            return Optional.of(matching.get(0).withdrawnBy());
        }
        return Optional.empty();
    }

    private static Optional<TrackState.StickingPoint> stickingPoint(TrackState state, String issueId) {
        return state.stickingPoints().stream().filter(point -> point.issueId().equals(issueId)).findFirst();
    }

    private static Optional<TrackState.CirculatedDocument> document(TrackState state, String documentId) {
        return state.documents().stream().filter(document -> document.documentId().equals(documentId)).findFirst();
    }

    private static Optional<UUID> response(TrackState state, String documentId, String actorId, String response) {
        var document = document(state, documentId)
                .orElseThrow(() -> unknown("document-not-found", "documentId", "document '" + documentId + "'"));
        return document.responses().stream()
                .filter(r -> r.actor().id().equals(actorId) && r.response().equals(response))
                .map(TrackState.DocumentResponse::eventId).findFirst();
    }

    private static void requireRetractable(EventRetracted e, TrackHistory history) {
        var target = requireAmendable(e.retractedEventId(), "retractedEventId", history);
        if (target instanceof TrackAnnounced) {
            throw new TrackRuleViolation("announcement-not-retractable", "retractedEventId",
                    "the announcement opens the track and cannot be retracted; correct it, or record talks-cancelled");
        }
        var remaining = history.developments().stream()
                .filter(development -> !development.metadata().eventId().equals(e.retractedEventId())).toList();
        requireHistoryHolds(remaining, "retractedEventId", "without this event");
    }

    private static void requireCorrectable(EventCorrected e, TrackHistory history) {
        var target = requireAmendable(e.correctedEventId(), "correctedEventId", history);
        if (target.getClass() != e.replacement().getClass()) {
            throw new TrackRuleViolation("correction-changes-type", "replacement.type",
                    "a correction keeps the type of the corrected event (" + target.type() + "); retract it and record the right one");
        }
        var corrected = history.developments().stream()
                .map(development -> development.metadata().eventId().equals(e.correctedEventId()) ? e.replacement() : development)
                .toList();
        requireHistoryHolds(corrected, "replacement", "with this replacement");
    }

    /**
     * The development a correction or retraction names, as it now stands.
     *
     * @throws TrackRuleViolation when it is unknown on this track, retracted, or itself an amendment
     */
    public static TrackEvent requireAmendable(UUID eventId, String field, TrackHistory history) {
        if (history.isAmendment(eventId)) {
            throw new TrackRuleViolation("amendment-not-amendable", field,
                    "event " + eventId + " is itself a correction or retraction; amend the original development instead");
        }
        if (history.amendment(eventId).filter(a -> a.kind() == TrackHistory.Amendment.Kind.RETRACTED).isPresent()) {
            throw new TrackRuleViolation("event-retracted", field, "event " + eventId + " has been retracted already");
        }
        return history.development(eventId).orElseThrow(() -> unknown("event-not-found", field,
                "event " + eventId + " (events of other tracks cannot be amended here)"));
    }

    /**
     * An amended history must still be one the track would have accepted, development by
     * development: each allowed by the lifecycle, each meeting the rules, none repeating a fact.
     * Otherwise a retraction could leave responses to a document that no longer exists, or a
     * correction could make two agenda items of one id.
     */
    private static void requireHistoryHolds(List<TrackEvent> developments, String field, String amended) {
        var replay = new TrackHistory();
        for (var development : developments) {
            var type = TrackEventType.of(development.getClass());
            var status = replay.state().status();
            if (!(development instanceof TrackAnnounced) && (status == null || !TrackLifecycle.allows(status, type))) {
                throw new TrackRuleViolation("lifecycle-broken", field, amended + " the track's lifecycle would no longer hold: '"
                        + type.wireName() + "' would follow " + (status == null ? "nothing" : status.wireName()));
            }
            Optional<UUID> repeated;
            try {
                repeated = check(development, replay);
            } catch (TrackRuleViolation broken) {
                throw new TrackRuleViolation("history-broken", field, amended + " a development would no longer hold: "
                        + broken.getMessage());
            }
            if (repeated.isPresent()) {
                throw new TrackRuleViolation("history-broken", field, amended + " '" + type.wireName()
                        + "' would repeat a fact the track already has (event " + repeated.get() + ")");
            }
            replay.apply(development);
        }
    }

    private static TrackRuleViolation unknownPoint(String issueId) {
        return unknown("sticking-point-not-found", "issueId", "sticking point '" + issueId + "'");
    }

    private static TrackRuleViolation unknown(String type, String field, String what) {
        return new TrackRuleViolation(type, field, "the track has no " + what);
    }
}
