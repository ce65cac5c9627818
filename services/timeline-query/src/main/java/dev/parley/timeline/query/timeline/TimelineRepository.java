package dev.parley.timeline.query.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the cross-track timeline from {@code development_version}: for each development the
 * latest version known before {@code knownAt}, without the retracted ones, ordered by occurrence.
 */
@Repository
class TimelineRepository {

    private final JdbcClient jdbc;

    TimelineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Up to {@code limit + 1} entries, so the caller can tell whether another page follows.
     *
     * <p>A version is the one believed at {@code knownAt} when it was known before then and no later
     * version of the same development was. Asking that per row ({@code NOT EXISTS} on the primary key)
     * instead of first picking every development's latest version lets PostgreSQL walk an index in
     * timeline order, filter as it goes and stop after one page, so a page costs the same with a
     * million developments stored as with a thousand.
     */
    List<TimelineEntry> find(TimelineQuery query) {
        var params = new ArrayList<Object>();
        var knownBefore = query.knownAtEnd() == null ? "" : " AND newer.known_from < ?";
        var sql = new StringBuilder("""
                SELECT event_id, track_id, first_recorded_at, type, corrected, occurred_at, event
                FROM development_version candidate
                WHERE NOT retracted
                  AND NOT EXISTS (SELECT 1 FROM development_version newer
                                  WHERE newer.event_id = candidate.event_id AND newer.known_from > candidate.known_from""");
        sql.append(knownBefore).append(')');
        if (query.knownAtEnd() != null) {
            params.add(timestamp(query.knownAtEnd()));
            sql.append(" AND known_from < ?");
            params.add(timestamp(query.knownAtEnd()));
        }
        condition(sql, params, query.asOfEnd(), " AND occurred_at < ?");
        condition(sql, params, query.trackId(), " AND track_id = ?");
        condition(sql, params, query.type(), " AND type = ?");
        condition(sql, params, query.from(), " AND occurred_at >= ?");
        condition(sql, params, query.toEnd(), " AND occurred_at < ?");
        if (query.actorId() != null) {
            // an actor appears as an object with its id anywhere in the event (actor, from, mediators, parties, ...)
            sql.append(" AND jsonb_path_exists(event, '$.** ? (@.id == $actor)', jsonb_build_object('actor', ?::text))");
            params.add(query.actorId());
        }
        if (query.text() != null) {
            // the development's own words and names, and its summary; not the ids in its metadata
            sql.append(" AND EXISTS (SELECT 1 FROM jsonb_path_query((event - 'metadata')"
                    + " || jsonb_build_object('summary', event -> 'metadata' -> 'summary'), 'strict $.**') AS value"
                    + " WHERE jsonb_typeof(value) = 'string' AND value #>> '{}' ILIKE ? ESCAPE '\\')");
            params.add("%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.after() != null) {
            sql.append(" AND (occurred_at, first_recorded_at, event_id) > (?, ?, ?)");
            params.add(timestamp(query.after().occurredAt()));
            params.add(timestamp(query.after().recordedAt()));
            params.add(query.after().eventId());
        }
        sql.append(" ORDER BY occurred_at, first_recorded_at, event_id LIMIT ?");
        params.add(query.limit() + 1);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> new TimelineEntry(rs.getObject("event_id", UUID.class), rs.getString("track_id"),
                        rs.getString("type"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getTimestamp("first_recorded_at").toInstant(), rs.getBoolean("corrected"), rs.getString("event")))
                .list();
    }

    private static void condition(StringBuilder sql, List<Object> params, Object value, String clause) {
        if (value != null) {
            sql.append(clause);
            params.add(value instanceof Instant instant ? timestamp(instant) : value);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
