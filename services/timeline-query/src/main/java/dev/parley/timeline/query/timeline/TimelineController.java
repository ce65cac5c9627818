package dev.parley.timeline.query.timeline;

import dev.parley.timeline.contract.track.Slug;
import dev.parley.timeline.contract.track.TrackEventType;
import dev.parley.timeline.query.request.InvalidParameterException;
import dev.parley.timeline.query.request.TimePoint;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/timeline}: developments across tracks in order of occurrence (ties by the
 * order they were first recorded), filtered by track, type, actor, an occurrence range and text,
 * one page at a time; {@code asOf} and {@code knownAt} as on a track (docs/time-travel.md).
 */
@RestController
class TimelineController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final TimelineRepository timeline;

    TimelineController(TimelineRepository timeline) {
        this.timeline = timeline;
    }

    /** One page, and the cursor of the next one (null on the last page). */
    record TimelinePage(List<TimelineEntry> developments, String next) {
    }

    @GetMapping(path = "/api/v1/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    TimelinePage timeline(
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt,
            @RequestParam(required = false) String track,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer limit) {
        var query = new TimelineQuery(TimePoint.exclusiveEnd("asOf", asOf), TimePoint.exclusiveEnd("knownAt", knownAt),
                slug("track", track), eventType(type), slug("actor", actor), start("from", from),
                TimePoint.exclusiveEnd("to", to), text(q), cursor(after), limit(limit));
        var found = timeline.find(query);
        if (found.size() <= query.limit()) {
            return new TimelinePage(found, null);
        }
        var page = found.subList(0, query.limit());
        var last = page.get(page.size() - 1);
        return new TimelinePage(page, new TimelineCursor(last.occurredAt(), last.recordedAt(), last.eventId()).encode());
    }

    private static String slug(String parameter, String value) {
        if (value != null && !value.matches(Slug.PATTERN)) {
            throw new InvalidParameterException(parameter, "must be a lower-case slug like 'sharm-el-sheikh-talks'");
        }
        return value;
    }

    private static String eventType(String value) {
        if (value != null && TrackEventType.fromWireName(value).isEmpty()) {
            throw new InvalidParameterException("type", "must be an event type such as 'position-stated' (docs/events.md)");
        }
        return value;
    }

    /** The first instant of {@code from}: a date starts at its midnight UTC. */
    private static Instant start(String parameter, String value) {
        var end = TimePoint.exclusiveEnd(parameter, value);
        if (end == null) {
            return null;
        }
        return value.length() == 10 ? end.minusSeconds(86_400) : end.minus(1, ChronoUnit.MICROS);
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 200) {
            throw new InvalidParameterException("q", "must be at most 200 characters");
        }
        return value.strip();
    }

    private static TimelineCursor cursor(String value) {
        try {
            return value == null ? null : TimelineCursor.decode(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("after", e.getMessage());
        }
    }

    private static int limit(Integer value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (value < 1 || value > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return value;
    }
}
