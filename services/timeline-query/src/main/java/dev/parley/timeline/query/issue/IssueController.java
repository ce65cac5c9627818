package dev.parley.timeline.query.issue;

import dev.parley.timeline.contract.track.Slug;
import dev.parley.timeline.query.request.InvalidParameterException;
import dev.parley.timeline.query.request.TimePoint;
import dev.parley.timeline.query.states.TrackStates;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/issues}: every sticking point, per track, with each actor's latest stance on
 * it; filter by {@code track}; {@code asOf} and {@code knownAt} as everywhere (docs/time-travel.md).
 */
@RestController
class IssueController {

    private final TrackStates states;

    IssueController(TrackStates states) {
        this.states = states;
    }

    @GetMapping(path = "/api/v1/issues", produces = MediaType.APPLICATION_JSON_VALUE)
    List<IssueView> issues(@RequestParam(required = false) String track, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt) {
        if (track != null && !track.matches(Slug.PATTERN)) {
            throw new InvalidParameterException("track", "must be a lower-case slug like 'sharm-el-sheikh-talks'");
        }
        return states.all(TimePoint.exclusiveEnd("asOf", asOf), TimePoint.exclusiveEnd("knownAt", knownAt)).stream()
                .filter(state -> track == null || track.equals(state.trackId()))
                .flatMap(state -> state.stickingPoints().stream().map(point -> new IssueView(state.trackId(), state.name(),
                        point.issueId(), point.title(), point.description(), point.status(), point.notes(), point.resolution(),
                        point.eventId(), state.positions().stream().filter(p -> p.issueId().equals(point.issueId())).toList())))
                .toList();
    }
}
