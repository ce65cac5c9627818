package dev.parley.timeline.query.track;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.contract.json.TimelineJson;
import dev.parley.timeline.contract.track.Slug;
import dev.parley.timeline.query.request.InvalidParameterException;
import dev.parley.timeline.query.request.TimePoint;
import dev.parley.timeline.query.states.TrackStates;
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

    /** How many developments, and how many entries of each list, a track view shows unless asked otherwise. */
    private static final int DEFAULT_LATEST = 100;
    /** The most of either a request can ask for. */
    private static final int MAX_LATEST = 1000;

    private final TrackReadRepository tracks;
    private final TrackTimeTravel timeTravel;
    private final TrackStates states;
    private final ObjectMapper json = TimelineJson.newMapper();

    TrackQueryController(TrackReadRepository tracks, TrackTimeTravel timeTravel, TrackStates states) {
        this.tracks = tracks;
        this.timeTravel = timeTravel;
        this.states = states;
    }

    /** Every track, the most recently active first; at other times, the tracks as they stood then. */
    @GetMapping(path = "/api/v1/tracks", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TrackSummary> list(@RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt) {
        var asOfEnd = TimePoint.exclusiveEnd("asOf", asOf);
        var knownAtEnd = TimePoint.exclusiveEnd("knownAt", knownAt);
        if (asOfEnd == null && knownAtEnd == null) {
            return tracks.findAll();
        }
        return states.all(asOfEnd, knownAtEnd).stream()
                .map(TrackSummary::of)
                .sorted(TrackSummary.MOST_RECENT_FIRST)
                .toList();
    }

    /**
     * The track's state (the fold shared with the write side and downstream services: status,
     * participants, envoys, agenda, sticking points, latest positions, exchanges, releases,
     * documents, commitments, moods, truce, agreements, links), each item with its event and
     * provenance, each sticking point with every actor's latest stance on it; each list with its
     * latest {@code entries} entries and its length under {@code entryCounts} (see
     * {@link TrackView}); and the latest {@code developments} developments with their sources
     * and amendments. Both default to 100; the timeline pages through all developments.
     */
    @GetMapping(path = "/api/v1/tracks/{trackId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> get(@PathVariable String trackId, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt, @RequestParam(required = false) String developments,
            @RequestParam(required = false) String entries) {
        var asOfEnd = TimePoint.exclusiveEnd("asOf", asOf);
        var knownAtEnd = TimePoint.exclusiveEnd("knownAt", knownAt);
        int latestDevelopments = latest("developments", developments);
        int latestEntries = latest("entries", entries);
        var found = asOfEnd == null && knownAtEnd == null ? tracks.find(trackId, latestDevelopments)
                : timeTravel.find(trackId, asOfEnd, knownAtEnd, latestDevelopments);
        var view = found.orElseThrow(() -> new TrackNotFound(trackId)).toJson(json, latestEntries);
        return ResponseEntity.ok().eTag(view.path("version").asText()).body(view);
    }

    private static int latest(String parameter, String value) {
        if (value == null) {
            return DEFAULT_LATEST;
        }
        try {
            int latest = Integer.parseInt(value);
            if (latest >= 0 && latest <= MAX_LATEST) {
                return latest;
            }
        } catch (NumberFormatException e) {
            // answered below like any other value out of range
        }
        throw new InvalidParameterException(parameter, "must be a whole number between 0 and " + MAX_LATEST);
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
