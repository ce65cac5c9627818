package dev.parley.timeline.command.feed;

import dev.parley.timeline.command.recording.InvalidCommandException;
import dev.parley.timeline.contract.time.TimeBound;
import dev.parley.timeline.contract.track.Slug;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/v1/events}: every event in the order the event store holds them, from a
 * position on, a page at a time; {@code GET /api/v1/events/stream}: the same as Server-Sent
 * Events, live, resuming after {@code Last-Event-ID}. Positions are the event store's global
 * index: stable for good, with gaps (a rolled-back write leaves one). {@code from=latest} starts
 * the stream after the newest stored event, for displays that read the current state elsewhere
 * and want only what comes next.
 */
@RestController
class EventFeedController {

    static final int MAX_LIMIT = 1000;
    static final String LATEST = "latest";

    private final EventFeed feed;
    private final EventStream stream;

    EventFeedController(EventFeed feed, EventStream stream) {
        this.feed = feed;
        this.stream = stream;
    }

    @GetMapping(path = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
    EventFeed.Page events(@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit,
            @RequestParam(required = false) String track, @RequestParam(required = false) String until) {
        return feed.after(position(after), limit(limit), track(track), until(until));
    }

    @GetMapping(path = "/api/v1/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(required = false) Long after, @RequestParam(required = false) String from,
            @RequestParam(required = false) String track) {
        if (from != null && !LATEST.equals(from)) {
            throw new InvalidCommandException("from", "must be 'latest' (or leave it out and give 'after')");
        }
        if (from != null && after != null) {
            throw new InvalidCommandException("from", "cannot be combined with 'after'");
        }
        // a reconnecting browser sends Last-Event-ID with the same URL: resuming wins over 'latest'
        long start = lastEventId != null ? lastEventId(lastEventId)
                : from != null ? feed.newestPosition() : position(after == null ? 0 : after);
        return stream.open(start, track(track));
    }

    private static long position(long after) {
        if (after < 0) {
            throw new InvalidCommandException("after", "must be a position from a previous answer, 0 or more");
        }
        return after;
    }

    private static long lastEventId(String value) {
        try {
            return position(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidCommandException("Last-Event-ID", "must be the id of an event this stream sent");
        }
    }

    private static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidCommandException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    private static String track(String track) {
        if (track != null && !track.matches(Slug.PATTERN)) {
            throw new InvalidCommandException("track", "must be a lower-case slug like 'sharm-el-sheikh-talks'");
        }
        return track;
    }

    /** Events recorded up to the end of that day (a date, UTC) or that instant (a date-time with offset). */
    private static Instant until(String until) {
        if (until == null) {
            return null;
        }
        try {
            return TimeBound.exclusiveEnd(until);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("until", TimeBound.FORMAT_HINT);
        }
    }
}
