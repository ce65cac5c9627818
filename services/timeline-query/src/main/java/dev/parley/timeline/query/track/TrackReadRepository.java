package dev.parley.timeline.query.track;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.contract.json.TimelineJson;
import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.ExchangedList;
import dev.parley.timeline.contract.track.Representative;
import dev.parley.timeline.contract.track.Source;
import dev.parley.timeline.contract.track.Venue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    Optional<TrackView> find(String trackId) {
        return jdbc.sql("SELECT * FROM track_view WHERE track_id = ?")
                .param(trackId)
                .query((rs, row) -> new TrackView(trackId, rs.getString("name"), rs.getString("kind"),
                        rs.getString("status"), read(rs, "host", Actor.class), read(rs, "venue", Venue.class),
                        rs.getString("purpose"), participants(trackId), exchanges(trackId), rs.getLong("version"),
                        rs.getTimestamp("last_occurred_at").toInstant()))
                .optional();
    }

    private List<ParticipantView> participants(String trackId) {
        return jdbc.sql("""
                        SELECT actor, role, representatives FROM track_participant
                        WHERE track_id = ? ORDER BY occurred_at, actor_id, role""")
                .param(trackId)
                .query((rs, row) -> new ParticipantView(read(rs, "actor", Actor.class), rs.getString("role"),
                        readList(rs, "representatives", Representative.class)))
                .list();
    }

    private List<ExchangeView> exchanges(String trackId) {
        return jdbc.sql("""
                        SELECT * FROM track_exchange WHERE track_id = ? ORDER BY occurred_at, sequence""")
                .param(trackId)
                .query((rs, row) -> new ExchangeView(rs.getObject("event_id", UUID.class),
                        read(rs, "from_actor", Actor.class), read(rs, "to_actor", Actor.class),
                        readList(rs, "via", Actor.class),
                        readList(rs, "lists", ExchangedList.class),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("occurred_at_precision"),
                        rs.getString("confidence"), readList(rs, "sources", Source.class)))
                .list();
    }

    private <T> T read(ResultSet rs, String column, Class<T> type) throws SQLException {
        return read(rs, column, json.constructType(type));
    }

    private <T> List<T> readList(ResultSet rs, String column, Class<T> elementType) throws SQLException {
        return read(rs, column, json.getTypeFactory().constructCollectionType(List.class, elementType));
    }

    private <T> T read(ResultSet rs, String column, JavaType type) throws SQLException {
        var text = rs.getString(column);
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + column + " in the track projection", e);
        }
    }
}
