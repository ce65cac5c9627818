package dev.parley.timeline.query.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a timeline page ended: the last entry's place in the order (occurredAt, first recorded,
 * event id). Opaque to clients (URL-safe Base64); a page is stable even while new developments
 * arrive, which join the timeline in their own place.
 */
record TimelineCursor(Instant occurredAt, Instant recordedAt, UUID eventId) {

    String encode() {
        var text = occurredAt + "|" + recordedAt + "|" + eventId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor this service made */
    static TimelineCursor decode(String text) {
        try {
            var parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
            return new TimelineCursor(Instant.parse(parts[0]), Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("is not a cursor from a previous page's 'next'", e);
        }
    }
}
