package dev.parley.timeline.query.track;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.parley.timeline.contract.json.TimelineJson;
import dev.parley.timeline.contract.state.TrackState;
import dev.parley.timeline.contract.track.Source;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the track projection. */
@Repository
class TrackReadRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json = TimelineJson.newMapper();
    /** Parsed states, never changed once parsed: each read cuts a copy of its own. */
    private final Cache<String, TrackState> parsedStates;

    TrackReadRepository(JdbcClient jdbc, @Value("${parley.query.cached-states:200000}") long maximumVersions) {
        this.jdbc = jdbc;
        this.parsedStates = Caffeine.newBuilder()
                .maximumWeight(maximumVersions)
                // a state grows with its track's history, which its version counts
                .weigher((String trackId, TrackState state) -> (int) Math.min(Integer.MAX_VALUE, Math.max(1, state.version())))
                .build();
    }

    List<TrackSummary> findAll() {
        return jdbc.sql("""
                        SELECT track_id, name, kind, status, version, last_occurred_at
                        FROM track_view ORDER BY last_occurred_at DESC, track_id""")
                .query((rs, row) -> new TrackSummary(rs.getString("track_id"), rs.getString("name"),
                        rs.getString("kind"), rs.getString("status"), rs.getLong("version"),
                        rs.getTimestamp("last_occurred_at").toInstant()))
                .list();
    }

    /**
     * The track's folded state, with the latest {@code latest} of its developments, in order of
     * occurrence.
     */
    Optional<TrackView> find(String trackId, int latest) {
        // every event has a development row and the sequence has no gaps: the version counts them
        return state(trackId).map(state -> new TrackView(state, state.version(), developments(trackId, latest)));
    }

    /**
     * The stored state, parsed once per version: a long track's state is megabytes of JSON, and
     * reading and parsing it was most of a live read's time. The row's version says whether the
     * parsed copy is still current, so a read fetches the text only after the track has changed. A
     * track's version names one history: events are only ever appended, and a rebuild folds the
     * same events again.
     */
    private Optional<TrackState> state(String trackId) {
        var cached = parsedStates.getIfPresent(trackId);
        long cachedVersion = cached == null ? -1 : cached.version();
        return jdbc.sql("SELECT version, CASE WHEN version = ? THEN NULL ELSE state END AS state FROM track_view WHERE track_id = ?")
                .params(cachedVersion, trackId)
                .query((rs, row) -> {
                    var text = rs.getString("state");
                    if (text == null) {
                        return cached;
                    }
                    TrackState parsed = read(text, json.constructType(TrackState.class));
                    parsedStates.asMap().merge(trackId, parsed, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
                    return parsed;
                })
                .optional();
    }

    private List<DevelopmentView> developments(String trackId, int latest) {
        var sources = json.getTypeFactory().constructCollectionType(List.class, Source.class);
        return jdbc.sql("""
                        SELECT latest.*, latest.event #>> '{metadata,recordedBy}' AS recorded_by FROM (
                            SELECT * FROM track_development WHERE track_id = ?
                            ORDER BY occurred_at DESC, sequence DESC LIMIT ?) latest
                        ORDER BY occurred_at, sequence""")
                .params(trackId, latest)
                .query((rs, row) -> new DevelopmentView(rs.getObject("event_id", UUID.class), rs.getLong("sequence"),
                        rs.getString("type"), rs.getString("cameo_code"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("occurred_at_precision"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"), rs.getString("confidence"), rs.getString("summary"),
                        read(rs.getString("sources"), sources),
                        rs.getString("amendment"), rs.getObject("amended_by", UUID.class), rs.getString("amendment_reason")))
                .list();
    }

    private <T> T read(String text, JavaType type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON in the track projection", e);
        }
    }
}
