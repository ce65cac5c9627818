package dev.parley.timeline.command.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.contract.json.TimelineJson;
import dev.parley.timeline.contract.track.EventUpcasters;
import dev.parley.timeline.contract.track.TrackEventType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the event store in global order for the catch-up feed and the live stream. A global
 * index is handed out when a row is inserted, not when it commits, so index 11 can be visible
 * while 10 is still being written: a reader that moved past 10 would lose it. The feed therefore
 * stops before a gap until the row after it is {@link #GAP_TIMEOUT} old, and then moves on (a
 * rolled-back insert leaves a gap for good). Unlike Axon's tracking tokens, which remember gaps
 * and look again, a position is one number: a write that takes longer than the timeout between
 * creating its event and committing would be passed over by the feed (never by the topic).
 */
@Component
public class EventFeed {

    static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final ObjectMapper json = TimelineJson.newMapper();

    EventFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the feed and the position to ask after next (unchanged when nothing was safe to read). */
    public record Page(List<FeedEntry> events, long next) {
    }

    /**
     * @param trackId only this track's events, or null
     * @param recordedUntil only events recorded before this instant, or null
     */
    public Page after(long position, int limit, String trackId, Instant recordedUntil) {
        var rows = jdbc.sql("""
                        SELECT global_index, aggregate_identifier, payload_type, payload_revision, payload, time_stamp
                        FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT ?""")
                .params(position, limit)
                .query((rs, row) -> new Row(rs.getLong("global_index"), rs.getString("aggregate_identifier"),
                        rs.getString("payload_type"), rs.getString("payload_revision"), rs.getBytes("payload"),
                        Instant.parse(rs.getString("time_stamp"))))
                .list();
        var events = new ArrayList<FeedEntry>();
        long next = position;
        // Axon stamps rows with the JVM's system clock, so the gap's age is read on that same clock
        var youngest = Clock.systemUTC().instant().minus(GAP_TIMEOUT);
        for (var row : rows) {
            if (row.index() != next + 1 && row.storedAt().isAfter(youngest)) {
                break; // a younger gap: the missing event may still commit
            }
            next = row.index();
            var entry = entry(row);
            if ((trackId == null || trackId.equals(entry.trackId()))
                    && (recordedUntil == null || entry.recordedAt().isBefore(recordedUntil))) {
                events.add(entry);
            }
        }
        return new Page(events, next);
    }

    /** The position of the newest stored event (0 when none is): where {@code from=latest} starts. */
    public long newestPosition() {
        return jdbc.sql("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry").query(Long.class).single();
    }

    private FeedEntry entry(Row row) {
        var type = TrackEventType.fromClassName(row.payloadType())
                .orElseThrow(() -> new IllegalStateException("unknown event type in the store: " + row.payloadType()));
        try {
            var event = (ObjectNode) json.readTree(row.payload());
            int version = row.revision() == null ? 1 : Integer.parseInt(row.revision());
            EventUpcasters.upcast(type, version, event);
            var metadata = event.path("metadata");
            return new FeedEntry(row.index(), type.wireName(), type.cloudEventType(), row.trackId(),
                    metadata.path("sequence").asLong(), Instant.parse(metadata.path("occurredAt").asText()),
                    Instant.parse(metadata.path("recordedAt").asText()), json.writeValueAsString(event));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable event " + row.index() + " in the store", e);
        }
    }

    private record Row(long index, String trackId, String payloadType, String revision, byte[] payload, Instant storedAt) {
    }
}
