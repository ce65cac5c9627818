package dev.parley.timeline.query.actor;

import dev.parley.timeline.contract.state.TrackState;
import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.query.request.InvalidParameterException;
import dev.parley.timeline.query.request.TimePoint;
import dev.parley.timeline.query.states.TrackStates;
import dev.parley.timeline.contract.track.Slug;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/actors/{actorId}}: an actor's roles, envoys, positions, responses to
 * documents, pledges and assessments across every track, optionally as of a time or as known at a
 * time (docs/time-travel.md).
 */
@RestController
class ActorController {

    private final TrackStates states;

    ActorController(TrackStates states) {
        this.states = states;
    }

    @GetMapping(path = "/api/v1/actors/{actorId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> actor(@PathVariable String actorId, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt) {
        if (!actorId.matches(Slug.PATTERN)) {
            throw new InvalidParameterException("actorId", "must be a lower-case slug like 'qatar'");
        }
        var tracks = new ArrayList<ActorView.OnTrack>();
        Actor identity = null;
        for (var state : states.all(TimePoint.exclusiveEnd("asOf", asOf), TimePoint.exclusiveEnd("knownAt", knownAt))) {
            var onTrack = onTrack(state, actorId);
            if (onTrack.isPresent()) {
                tracks.add(onTrack.get());
                identity = identity != null ? identity : identity(state, actorId).orElse(null);
            }
        }
        if (tracks.isEmpty()) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "no track records actor '" + actorId + "' (at the requested time)");
            problem.setType(URI.create("https://parley.dev/problems/actor-not-found"));
            problem.setTitle("Actor not found");
            return ResponseEntity.of(problem).build();
        }
        return ResponseEntity.ok(new ActorView(actorId, identity == null ? actorId : identity.name(),
                identity == null ? null : identity.kind().wireName(), identity == null ? null : identity.country(), tracks));
    }

    private static Optional<ActorView.OnTrack> onTrack(TrackState state, String actorId) {
        var roles = state.participants().stream().filter(p -> p.actor().id().equals(actorId)).toList();
        var envoys = state.envoys().stream().filter(e -> e.sentBy().id().equals(actorId)).toList();
        var positions = state.positions().stream().filter(p -> p.actor().id().equals(actorId)).toList();
        var responses = state.documents().stream()
                .flatMap(document -> document.responses().stream().filter(r -> r.actor().id().equals(actorId))
                        .map(r -> new ActorView.Response(document.documentId(), document.title(), r.response(), r.statement(),
                                r.eventId())))
                .toList();
        var commitments = state.commitments().stream().filter(c -> c.actor().id().equals(actorId)).toList();
        var assessments = state.moods().stream()
                .filter(m -> m.assessedBy() != null && m.assessedBy().id().equals(actorId)).toList();
        boolean host = state.host() != null && state.host().id().equals(actorId);
        if (!host && Stream.of(roles, envoys, positions, responses, commitments, assessments).allMatch(List::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(new ActorView.OnTrack(state.trackId(), state.name(), state.status().wireName(), host, roles, envoys,
                positions, responses, commitments, assessments));
    }

    private static Optional<Actor> identity(TrackState state, String actorId) {
        return Stream.of(
                        Stream.ofNullable(state.host()),
                        state.participants().stream().map(TrackState.Participant::actor),
                        state.envoys().stream().map(e -> e.sentBy()),
                        state.positions().stream().map(p -> p.actor()),
                        state.commitments().stream().map(c -> c.actor()))
                .flatMap(actors -> actors)
                .filter(actor -> actor.id().equals(actorId))
                .findFirst();
    }
}
