package dev.parley.timeline.contract.state;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.AgendaItemAdded;
import dev.parley.timeline.contract.track.AgendaItemClosed;
import dev.parley.timeline.contract.track.AgreementReached;
import dev.parley.timeline.contract.track.AssessmentReported;
import dev.parley.timeline.contract.track.CommitmentMade;
import dev.parley.timeline.contract.track.DocumentCirculated;
import dev.parley.timeline.contract.track.EnvoyDispatched;
import dev.parley.timeline.contract.track.HostageListExchanged;
import dev.parley.timeline.contract.track.MeetingScheduled;
import dev.parley.timeline.contract.track.ParticipantJoined;
import dev.parley.timeline.contract.track.ParticipantWithdrew;
import dev.parley.timeline.contract.track.PersonsReleased;
import dev.parley.timeline.contract.track.PlanEndorsed;
import dev.parley.timeline.contract.track.PlannedTime;
import dev.parley.timeline.contract.track.PositionStated;
import dev.parley.timeline.contract.track.Representative;
import dev.parley.timeline.contract.track.ProposalAccepted;
import dev.parley.timeline.contract.track.ProposalRejected;
import dev.parley.timeline.contract.track.SessionAdjourned;
import dev.parley.timeline.contract.track.SessionConvened;
import dev.parley.timeline.contract.track.StickingPointNarrowed;
import dev.parley.timeline.contract.track.StickingPointRaised;
import dev.parley.timeline.contract.track.StickingPointResolved;
import dev.parley.timeline.contract.track.TalksCancelled;
import dev.parley.timeline.contract.track.TalksCollapsed;
import dev.parley.timeline.contract.track.TalksConcluded;
import dev.parley.timeline.contract.track.TalksResumed;
import dev.parley.timeline.contract.track.TrackAnnounced;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackEventType;
import dev.parley.timeline.contract.track.TrackKind;
import dev.parley.timeline.contract.track.TrackStatus;
import dev.parley.timeline.contract.track.TracksLinked;
import dev.parley.timeline.contract.track.TruceStatus;
import dev.parley.timeline.contract.track.TruceStatusChanged;
import dev.parley.timeline.contract.track.Venue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The state of one track, folded from its developments in the order they were recorded. It is
 * the one fold every reader shares: the aggregate checks its rules against it, the query side
 * stores it as the track's projection, and downstream services rebuild it from the topic.
 *
 * <p>Lists of developments that stand on their own (exchanges, positions, moods, ...) hold the
 * events themselves, so each item keeps its provenance: when, how precisely, how sure, and which
 * sources. They are kept in order of occurrence, not arrival: late reports are normal.
 *
 * <p>Corrections and retractions are not applied here but by {@link TrackHistory}, which folds the
 * corrected history again.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = {"latestMood", "truceStatus"}, allowGetters = true)
public final class TrackState {

    private String trackId;
    private String name;
    private TrackKind kind;
    private TrackStatus status;
    private Actor host;
    private Venue venue;
    private String format;
    private String purpose;
    private PlannedTime expectedAt;
    private MeetingScheduled schedule;
    /** What ended the talks: the outcome of a conclusion, the reason for a collapse or cancellation. */
    private String ending;
    private List<Session> sessions = new ArrayList<>();
    private List<Participant> participants = new ArrayList<>();
    private List<EnvoyDispatched> envoys = new ArrayList<>();
    private List<AgendaItem> agenda = new ArrayList<>();
    private List<StickingPoint> stickingPoints = new ArrayList<>();
    /** Each actor's latest stance on each issue. */
    private List<PositionStated> positions = new ArrayList<>();
    private List<HostageListExchanged> exchanges = new ArrayList<>();
    private List<PersonsReleased> releases = new ArrayList<>();
    private List<CirculatedDocument> documents = new ArrayList<>();
    private List<CommitmentMade> commitments = new ArrayList<>();
    private List<AssessmentReported> moods = new ArrayList<>();
    private List<TruceStatusChanged> truce = new ArrayList<>();
    private List<AgreementReached> agreements = new ArrayList<>();
    private List<TracksLinked> links = new ArrayList<>();
    private long version;
    private Instant lastOccurredAt;

    /** An empty state, before the announcement. */
    public TrackState() {
    }

    /** Folds one development into the state. Never refuses: rules are the aggregate's business. */
    public TrackState apply(TrackEvent event) {
        // a correction's replacement keeps its old sequence: the version only moves forward
        version = Math.max(version, event.sequence());
        var occurred = event.metadata().occurredAt();
        if (TrackHistory.isDevelopment(event) && (lastOccurredAt == null || occurred.isAfter(lastOccurredAt))) {
            lastOccurredAt = occurred;
        }
        TrackLifecycle.target(TrackEventType.of(event.getClass())).ifPresent(next -> status = next);
        if (event instanceof TrackAnnounced e) {
            announce(e);
        } else if (event instanceof MeetingScheduled e) {
            schedule = e;
        } else if (event instanceof SessionConvened e) {
            sessions.add(new Session(e.round(), e.venue(), occurred, null, e.metadata().eventId()));
        } else if (event instanceof SessionAdjourned) {
            adjourn(occurred);
        } else if (event instanceof TalksResumed e) {
            sessions.add(new Session(null, null, occurred, null, e.metadata().eventId()));
        } else if (event instanceof TalksConcluded e) {
            ending = e.outcome();
        } else if (event instanceof TalksCollapsed e) {
            ending = e.reason();
        } else if (event instanceof TalksCancelled e) {
            ending = e.reason();
        } else if (event instanceof ParticipantJoined e) {
            join(e);
        } else if (event instanceof ParticipantWithdrew e) {
            withdraw(e);
        } else if (event instanceof EnvoyDispatched e) {
            insertByOccurrence(envoys, e);
        } else if (event instanceof AgendaItemAdded e) {
            agenda.add(new AgendaItem(e.itemId(), e.topic().wireName(), e.title(), true, null,
                    e.metadata().eventId()));
        } else if (event instanceof AgendaItemClosed e) {
            replace(agenda, item -> item.itemId().equals(e.itemId()), item -> item.closed(e.outcome()));
        } else if (event instanceof StickingPointRaised e) {
            stickingPoints.add(new StickingPoint(e.issueId(), e.title(), e.description(),
                    "raised", List.of(), null, e.metadata().eventId()));
        } else if (event instanceof StickingPointNarrowed e) {
            replace(stickingPoints, point -> point.issueId().equals(e.issueId()),
                    point -> point.narrowed(e.note()));
        } else if (event instanceof StickingPointResolved e) {
            replace(stickingPoints, point -> point.issueId().equals(e.issueId()),
                    point -> point.resolved(e.resolution()));
        } else if (event instanceof PositionStated e) {
            state(e);
        } else if (event instanceof HostageListExchanged e) {
            insertByOccurrence(exchanges, e);
        } else if (event instanceof PersonsReleased e) {
            insertByOccurrence(releases, e);
        } else if (event instanceof DocumentCirculated e) {
            documents.add(new CirculatedDocument(e.documentId(), e.kind().wireName(), e.title(),
                    e.circulatedBy(), List.of(), e.metadata().eventId()));
        } else if (event instanceof PlanEndorsed e) {
            respond(e.documentId(), e.actor(), "endorsed", e.statement(), e);
        } else if (event instanceof ProposalAccepted e) {
            respond(e.documentId(), e.actor(), "accepted", e.statement(), e);
        } else if (event instanceof ProposalRejected e) {
            respond(e.documentId(), e.actor(), "rejected", e.statement(), e);
        } else if (event instanceof CommitmentMade e) {
            insertByOccurrence(commitments, e);
        } else if (event instanceof AssessmentReported e) {
            insertByOccurrence(moods, e);
        } else if (event instanceof TruceStatusChanged e) {
            insertByOccurrence(truce, e);
        } else if (event instanceof AgreementReached e) {
            insertByOccurrence(agreements, e);
        } else if (event instanceof TracksLinked e) {
            links.add(e);
        }
        // suspensions and corrections change nothing beyond the status; corrections are TrackHistory's
        return this;
    }

    private void announce(TrackAnnounced e) {
        trackId = e.trackId().value();
        name = e.name();
        kind = e.kind();
        host = e.host();
        venue = e.venue();
        format = e.format();
        purpose = e.purpose();
        expectedAt = e.expectedAt();
        status = TrackStatus.ANNOUNCED;
    }

    private void adjourn(Instant occurred) {
        if (!sessions.isEmpty() && sessions.get(sessions.size() - 1).adjournedAt() == null) {
            var open = sessions.remove(sessions.size() - 1);
            sessions.add(open.adjourned(occurred));
        }
    }

    private void join(ParticipantJoined e) {
        participants.removeIf(p -> p.actor().id().equals(e.actor().id()) && p.role().equals(e.role().wireName()));
        participants.add(new Participant(e.actor(), e.role().wireName(), e.representatives(), true, e.metadata().eventId(),
                null));
    }

    private void withdraw(ParticipantWithdrew e) {
        replace(participants, p -> p.actor().id().equals(e.actor().id())
                && (e.role() == null || p.role().equals(e.role().wireName())), p -> p.withdrawn(e.metadata().eventId()));
    }

    private void state(PositionStated e) {
        positions.removeIf(p -> p.actor().id().equals(e.actor().id()) && p.issueId().equals(e.issueId())
                && !p.metadata().occurredAt().isAfter(e.metadata().occurredAt()));
        var laterKnown = positions.stream().anyMatch(p -> p.actor().id().equals(e.actor().id())
                && p.issueId().equals(e.issueId()));
        if (!laterKnown) {
            insertByOccurrence(positions, e);
        }
    }

    private void respond(String documentId, Actor actor, String response, String statement, TrackEvent e) {
        replace(documents, document -> document.documentId().equals(documentId),
                document -> document.respondedBy(new DocumentResponse(actor, response, statement, e.metadata().eventId())));
    }

    /**
     * A copy in which every list keeps only its last {@code limit} entries, and each sticking point
     * its last {@code limit} notes, for readers that show a bounded view of a long track (the track
     * view's {@code entries}). The last are the latest: by occurrence in the dated lists (moods,
     * exchanges, positions, ...), by recording in the others (agenda, sticking points, documents,
     * ...). The fold itself always keeps every entry.
     */
    public TrackState latestEntries(int limit) {
        var copy = new TrackState();
        copy.trackId = trackId;
        copy.name = name;
        copy.kind = kind;
        copy.status = status;
        copy.host = host;
        copy.venue = venue;
        copy.format = format;
        copy.purpose = purpose;
        copy.expectedAt = expectedAt;
        copy.schedule = schedule;
        copy.ending = ending;
        copy.version = version;
        copy.lastOccurredAt = lastOccurredAt;
        copy.sessions = latest(sessions, limit);
        copy.participants = latest(participants, limit);
        copy.envoys = latest(envoys, limit);
        copy.agenda = latest(agenda, limit);
        copy.stickingPoints = new ArrayList<>(latest(stickingPoints, limit).stream().map(point -> point.latestNotes(limit)).toList());
        copy.positions = latest(positions, limit);
        copy.exchanges = latest(exchanges, limit);
        copy.releases = latest(releases, limit);
        copy.documents = latest(documents, limit);
        copy.commitments = latest(commitments, limit);
        copy.moods = latest(moods, limit);
        copy.truce = latest(truce, limit);
        copy.agreements = latest(agreements, limit);
        copy.links = latest(links, limit);
        return copy;
    }

    /** How many entries each list holds, by the list's name in the state's JSON, in that order. */
    public Map<String, Integer> entryCounts() {
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("sessions", sessions.size());
        counts.put("participants", participants.size());
        counts.put("envoys", envoys.size());
        counts.put("agenda", agenda.size());
        counts.put("stickingPoints", stickingPoints.size());
        counts.put("positions", positions.size());
        counts.put("exchanges", exchanges.size());
        counts.put("releases", releases.size());
        counts.put("documents", documents.size());
        counts.put("commitments", commitments.size());
        counts.put("moods", moods.size());
        counts.put("truce", truce.size());
        counts.put("agreements", agreements.size());
        counts.put("links", links.size());
        return counts;
    }

    private static <T> List<T> latest(List<T> list, int limit) {
        return new ArrayList<>(list.subList(Math.max(0, list.size() - limit), list.size()));
    }

    private static <T extends TrackEvent> void insertByOccurrence(List<T> list, T event) {
        int at = list.size();
        while (at > 0 && list.get(at - 1).metadata().occurredAt().isAfter(event.metadata().occurredAt())) {
            at--;
        }
        list.add(at, event);
    }

    private static <T> void replace(List<T> list, Predicate<T> which, UnaryOperator<T> change) {
        list.replaceAll(item -> which.test(item) ? change.apply(item) : item);
    }

    public String trackId() {
        return trackId;
    }

    public String name() {
        return name;
    }

    public TrackKind kind() {
        return kind;
    }

    /** The host named in the announcement, or null. */
    public Actor host() {
        return host;
    }

    /** Null before the announcement. */
    public TrackStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public Instant lastOccurredAt() {
        return lastOccurredAt;
    }

    public List<Participant> participants() {
        return List.copyOf(participants);
    }

    public List<EnvoyDispatched> envoys() {
        return List.copyOf(envoys);
    }

    public List<AgendaItem> agenda() {
        return List.copyOf(agenda);
    }

    public List<StickingPoint> stickingPoints() {
        return List.copyOf(stickingPoints);
    }

    public List<PositionStated> positions() {
        return List.copyOf(positions);
    }

    public List<HostageListExchanged> exchanges() {
        return List.copyOf(exchanges);
    }

    public List<PersonsReleased> releases() {
        return List.copyOf(releases);
    }

    public List<CirculatedDocument> documents() {
        return List.copyOf(documents);
    }

    public List<CommitmentMade> commitments() {
        return List.copyOf(commitments);
    }

    public List<AssessmentReported> moods() {
        return List.copyOf(moods);
    }

    public List<TruceStatusChanged> truce() {
        return List.copyOf(truce);
    }

    public List<AgreementReached> agreements() {
        return List.copyOf(agreements);
    }

    public List<TracksLinked> links() {
        return List.copyOf(links);
    }

    public List<Session> sessions() {
        return List.copyOf(sessions);
    }

    public Optional<MeetingScheduled> schedule() {
        return Optional.ofNullable(schedule);
    }

    public Optional<String> ending() {
        return Optional.ofNullable(ending);
    }

    /** The mood most recently reported, by occurrence. */
    public Optional<AssessmentReported> latestMood() {
        return moods.stream().max(Comparator.comparing(m -> m.metadata().occurredAt()));
    }

    /** The truce as it stands after its latest change, by occurrence. */
    public Optional<TruceStatus> truceStatus() {
        return truce.isEmpty() ? Optional.empty() : Optional.of(truce.get(truce.size() - 1).status());
    }

    @JsonProperty("latestMood")
    private AssessmentReported latestMoodForReaders() {
        return latestMood().orElse(null);
    }

    @JsonProperty("truceStatus")
    private TruceStatus truceStatusForReaders() {
        return truceStatus().orElse(null);
    }

    /** An actor in a role; {@code active} turns false when it withdraws, by event {@code withdrawnBy}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Participant(Actor actor, String role, List<Representative> representatives,
            boolean active, UUID eventId, UUID withdrawnBy) {

        Participant withdrawn(UUID withdrawal) {
            return new Participant(actor, role, representatives, false, eventId, withdrawal);
        }
    }

    /** A round of talks; {@code adjournedAt} is null while it runs. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Session(String round, Venue venue, Instant convenedAt, Instant adjournedAt, UUID eventId) {

        Session adjourned(Instant at) {
            return new Session(round, venue, convenedAt, at, eventId);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgendaItem(String itemId, String topic, String title, boolean open, String outcome, UUID eventId) {

        AgendaItem closed(String closingOutcome) {
            return new AgendaItem(itemId, topic, title, false, closingOutcome, eventId);
        }
    }

    /** An issue in dispute; {@code status} is raised, narrowed or resolved. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StickingPoint(String issueId, String title, String description, String status, List<String> notes,
            String resolution, UUID eventId) {

        StickingPoint narrowed(String note) {
            // one copy per note, not two: a long negotiation narrows a point hundreds of times
            var all = notes.toArray(new String[notes.size() + 1]);
            all[notes.size()] = note;
            return new StickingPoint(issueId, title, description, "narrowed", Collections.unmodifiableList(Arrays.asList(all)),
                    resolution, eventId);
        }

        StickingPoint latestNotes(int limit) {
            return notes.size() <= limit ? this
                    : new StickingPoint(issueId, title, description, status, latest(notes, limit), resolution, eventId);
        }

        StickingPoint resolved(String how) {
            return new StickingPoint(issueId, title, description, "resolved", notes, how, eventId);
        }

        public boolean isResolved() {
            return "resolved".equals(status);
        }
    }

    /** A note, draft, proposal or plan, with each actor's response to it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CirculatedDocument(String documentId, String kind, String title, Actor circulatedBy,
            List<DocumentResponse> responses, UUID eventId) {

        CirculatedDocument respondedBy(DocumentResponse response) {
            var all = new ArrayList<>(responses);
            all.removeIf(r -> r.actor().id().equals(response.actor().id()));
            all.add(response);
            return new CirculatedDocument(documentId, kind, title, circulatedBy, List.copyOf(all), eventId);
        }
    }

    /** An actor's latest response to a document: endorsed, accepted or rejected. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentResponse(Actor actor, String response, String statement, UUID eventId) {
    }
}
