package dev.parley.timeline.query.states;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.contract.json.TimelineJson;
import dev.parley.timeline.contract.state.TrackState;
import dev.parley.timeline.query.track.TrackTimeTravel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every track's state, live or at given times, for the read models that look across tracks
 * (actors, issues). Live states are the stored projection; at other times each track is folded
 * from its events (docs/time-travel.md), which costs one fold per track.
 */
@Component
public class TrackStates {

    private final JdbcClient jdbc;
    private final TrackTimeTravel timeTravel;
    private final ObjectMapper json = TimelineJson.newMapper();

    TrackStates(JdbcClient jdbc, TrackTimeTravel timeTravel) {
        this.jdbc = jdbc;
        this.timeTravel = timeTravel;
    }

    /** @param asOfEnd null for no limit; @param knownAtEnd null for no limit */
    public List<TrackState> all(Instant asOfEnd, Instant knownAtEnd) {
        if (asOfEnd == null && knownAtEnd == null) {
            return jdbc.sql("SELECT state FROM track_view ORDER BY track_id").query(String.class).list().stream()
                    .map(this::read).toList();
        }
        return jdbc.sql("SELECT track_id FROM track_view ORDER BY track_id").query(String.class).list().stream()
                .map(trackId -> timeTravel.state(trackId, asOfEnd, knownAtEnd))
                .flatMap(Optional::stream)
                .toList();
    }

    private TrackState read(String state) {
        try {
            return json.readValue(state, TrackState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable state in the track projection", e);
        }
    }
}
