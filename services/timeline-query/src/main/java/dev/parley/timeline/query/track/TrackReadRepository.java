package dev.parley.timeline.query.track;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.contract.json.TimelineJson;
import dev.parley.timeline.contract.track.Source;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the track projection. */
@Repository
class TrackReadRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json = TimelineJson.newMapper();

    TrackReadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
     * occurrence, under {@code developments} and how many it has under {@code developmentCount}.
     */
    Optional<ObjectNode> find(String trackId, int latest) {
        return jdbc.sql("SELECT state FROM track_view WHERE track_id = ?")
                .param(trackId)
                .query(String.class)
                .optional()
                .map(state -> {
                    var view = (ObjectNode) readTree(state);
                    // every event has a development row and the sequence has no gaps: the version counts them
                    view.put("developmentCount", view.path("version").asLong());
                    view.set("developments", json.valueToTree(developments(trackId, latest)));
                    return view;
                });
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

    private JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable state in the track projection", e);
        }
    }

    private <T> T read(String text, JavaType type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable sources in the track projection", e);
        }
    }
}
