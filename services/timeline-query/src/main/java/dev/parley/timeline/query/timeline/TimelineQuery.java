package dev.parley.timeline.query.timeline;

import java.time.Instant;

/**
 * What a timeline request asks for. Every field may be null: no limit.
 *
 * @param asOfEnd first instant of valid time no longer shown
 * @param knownAtEnd first instant of transaction time no longer counted
 * @param from developments that occurred at or after this instant
 * @param toEnd developments that occurred before this instant
 * @param text words to find in any text of the development (summary, statement, names, ...)
 */
record TimelineQuery(Instant asOfEnd, Instant knownAtEnd, String trackId, String type, String actorId, Instant from,
        Instant toEnd, String text, TimelineCursor after, int limit) {
}
