package dev.parley.timeline.query.track;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.contract.track.Slug;
import dev.parley.timeline.query.request.TimePoint;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/v1/tracks} and {@code GET /api/v1/tracks/{trackId}}: the tracks as projected. */
@RestController
class TrackQueryController {

    private final TrackReadRepository tracks;
    private final TrackTimeTravel timeTravel;

    TrackQueryController(TrackReadRepository tracks, TrackTimeTravel timeTravel) {
        this.tracks = tracks;
        this.timeTravel = timeTravel;
    }

    @GetMapping(path = "/api/v1/tracks", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TrackSummary> list() {
        return tracks.findAll();
    }

    /**
     * The track's whole state (the fold shared with the write side and downstream services: status,
     * participants, envoys, agenda, sticking points, latest positions, exchanges, releases,
     * documents, commitments, moods, truce, agreements, links), each item with its event and
     * provenance, and every development with its sources and amendments under {@code developments}.
     */
    @GetMapping(path = "/api/v1/tracks/{trackId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> get(@PathVariable String trackId,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt) {
        var asOfEnd = TimePoint.exclusiveEnd("asOf", asOf);
        var knownAtEnd = TimePoint.exclusiveEnd("knownAt", knownAt);
        var found = asOfEnd == null && knownAtEnd == null ? tracks.find(trackId)
                : timeTravel.find(trackId, asOfEnd, knownAtEnd);
        var view = found.orElseThrow(() -> new TrackNotFound(trackId));
        return ResponseEntity.ok().eTag(view.path("version").asText()).body(view);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(TrackNotFound e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getReason());
        problem.setType(URI.create("https://parley.dev/problems/track-not-found"));
        problem.setTitle("Track not found");
        return ResponseEntity.of(problem).build();
    }

    /** Unknown and malformed ids alike: no such track exists in the projection. */
    static final class TrackNotFound extends ResponseStatusException {
        TrackNotFound(String trackId) {
            super(HttpStatus.NOT_FOUND, trackId.matches(Slug.PATTERN)
                    ? "track '" + trackId + "' is not known (yet): it was never announced, or the projection has not caught up"
                    : "no track can have the id '" + trackId + "': ids are lower-case slugs");
        }
    }
}
