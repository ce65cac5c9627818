package dev.parley.timeline.query.track;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.contract.json.TimelineJson;
import dev.parley.timeline.contract.state.TrackHistory;
import dev.parley.timeline.contract.state.TrackState;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.query.projection.ProjectedEvents;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A track as it stood at a point in valid time ({@code asOf}: what had occurred by then) and/or
 * transaction time ({@code knownAt}: what had been recorded by then), folded from the events the
 * projection keeps exactly as first received (docs/time-travel.md).
 *
 * <p>knownAt decides which events count at all, corrections and retractions included, so a view
 * known at a time before a correction shows the original. asOf then keeps the developments, as
 * they stand after those amendments, whose occurredAt is before it; a development's occurredAt is
 * the earliest instant its precision allows, so one known only to the week counts from the start
 * of its week.
 */
@Component
public class TrackTimeTravel {

    private final JdbcClient jdbc;
    private final ObjectMapper json = TimelineJson.newMapper();

    TrackTimeTravel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param asOfEnd first instant of valid time no longer included, or null for no limit
     * @param knownAtEnd first instant of transaction time no longer included, or null for no limit
     * @return empty when the track had not been announced, as far as was known then, by then
     */
    Optional<ObjectNode> find(String trackId, Instant asOfEnd, Instant knownAtEnd) {
        return travel(trackId, asOfEnd, knownAtEnd).map(travelled -> {
            var view = (ObjectNode) json.valueToTree(travelled.state());
            view.set("developments", json.valueToTree(developments(travelled.listed(), travelled.history())));
            return view;
        });
    }

    /** The track's state at those times; empty when it had not been announced then. */
    public Optional<TrackState> state(String trackId, Instant asOfEnd, Instant knownAtEnd) {
        return travel(trackId, asOfEnd, knownAtEnd).map(Travelled::state);
    }

    private Optional<Travelled> travel(String trackId, Instant asOfEnd, Instant knownAtEnd) {
        var known = jdbc.sql("""
                        SELECT type, event FROM track_development
                        WHERE track_id = ? AND (CAST(? AS TIMESTAMPTZ) IS NULL OR recorded_at < ?)
                        ORDER BY sequence""")
                .params(trackId, timestamp(knownAtEnd), timestamp(knownAtEnd))
                .query((rs, row) -> ProjectedEvents.read(json, rs.getString("type"), rs.getString("event")))
                .list();
        var history = TrackHistory.of(known);
        // every event known then, each development as it stood after the amendments known then
        var listed = known.stream()
                .map(event -> TrackHistory.isDevelopment(event)
                        ? history.development(event.metadata().eventId()).orElse(event) : event)
                .filter(event -> asOfEnd == null || event.metadata().occurredAt().isBefore(asOfEnd))
                .toList();
        // the same fold downstream services use (TrackHistory.stateAsOf), so both answer alike
        var state = history.stateAsOf(asOfEnd == null ? Instant.MAX : asOfEnd);
        if (state.status() == null) {
            return Optional.empty();
        }
        return Optional.of(new Travelled(state, listed, history));
    }

    /** A track folded at some times, with what was listed and the amendments known. */
    private record Travelled(TrackState state, List<TrackEvent> listed, TrackHistory history) {
    }

    private static List<DevelopmentView> developments(List<TrackEvent> listed, TrackHistory history) {
        return listed.stream()
                .sorted(Comparator.comparing((TrackEvent e) -> e.metadata().occurredAt()).thenComparing(TrackEvent::sequence))
                .map(development -> {
                    var metadata = development.metadata();
                    var amendment = history.amendment(metadata.eventId());
                    return new DevelopmentView(metadata.eventId(), metadata.sequence(), development.type(),
                            development.cameoCode(), metadata.occurredAt(), metadata.occurredAtPrecision().wireName(),
                            metadata.recordedAt(), metadata.confidence().wireName(), metadata.summary(), metadata.sources(),
                            amendment.map(a -> a.kind().name().toLowerCase(Locale.ROOT)).orElse(null),
                            amendment.map(TrackHistory.Amendment::byEventId).orElse(null),
                            amendment.map(TrackHistory.Amendment::reason).orElse(null));
                })
                .toList();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
