package dev.parley.timeline.query.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.parley.timeline.contract.json.TimelineJson;
import dev.parley.timeline.contract.track.TrackEvent;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every event the projection has received for a track, parsed, in recorded order, kept in memory
 * for the reads that fold a track at another time (docs/adr/0003-time-travel-by-folding-cached-events.md).
 *
 * <p>A track's events are only ever appended, and the projector commits them in sequence order
 * without gaps, so the cached list is always a prefix of the stored one: a read fetches only the
 * rows after the last cached sequence (usually none, one indexed lookup) instead of reading and
 * parsing the whole track again. A rebuild reapplies the same events with the same sequences, so
 * it never invalidates an entry. The cache is bounded by the number of events it holds.
 */
@Component
public class TrackEventCache {

    private final JdbcClient jdbc;
    private final ObjectMapper json = TimelineJson.newMapper();
    private final Cache<String, List<TrackEvent>> tracks;

    TrackEventCache(JdbcClient jdbc, @Value("${parley.query.cached-events:500000}") long maximumEvents) {
        this.jdbc = jdbc;
        this.tracks = Caffeine.newBuilder()
                .maximumWeight(maximumEvents)
                .weigher((String trackId, List<TrackEvent> events) -> events.size())
                .build();
    }

    /** The track's events in recorded order, as first received; empty for a track never projected. */
    public List<TrackEvent> events(String trackId) {
        var cached = tracks.getIfPresent(trackId);
        long after = cached == null || cached.isEmpty() ? 0 : cached.get(cached.size() - 1).sequence();
        var newer = jdbc.sql("""
                        SELECT type, event FROM track_development
                        WHERE track_id = ? AND sequence > ? ORDER BY sequence""")
                .params(trackId, after)
                .query((rs, row) -> ProjectedEvents.read(json, rs.getString("type"), rs.getString("event")))
                .list();
        if (newer.isEmpty()) {
            return cached == null ? List.of() : cached;
        }
        var events = new ArrayList<TrackEvent>(cached == null ? newer.size() : cached.size() + newer.size());
        if (cached != null) {
            events.addAll(cached);
        }
        events.addAll(newer);
        var all = List.copyOf(events);
        // two readers extending the same entry at once store equally valid prefixes; the longer wins
        tracks.asMap().merge(trackId, all, (old, fresh) -> fresh.size() >= old.size() ? fresh : old);
        return all;
    }
}
