package dev.parley.timeline.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.contract.json.TimelineJson;
import dev.parley.timeline.contract.track.HostageListExchanged;
import dev.parley.timeline.contract.track.ParticipantJoined;
import dev.parley.timeline.contract.track.TrackAnnounced;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies track events to the {@code track_*} tables. Each track's version is its last applied
 * sequence: an event at or below it is a redelivery and changes nothing; an event beyond the next
 * one is a gap and is refused. Callers run it inside their transaction.
 */
@Component
public class TrackProjector {

    private final JdbcClient jdbc;
    private final ObjectMapper json = TimelineJson.newMapper();

    TrackProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when the event changed the projection, false when it had been applied before */
    public boolean apply(TrackEvent event) {
        var applied = appliedVersion(event);
        if (applied.isPresent() && event.sequence() <= applied.get()) {
            return false;
        }
        long expected = applied.orElse(0L) + 1;
        if (event.sequence() != expected) {
            throw new SequenceGapException(event.trackId(), expected, event.sequence());
        }
        if (event instanceof TrackAnnounced announced) {
            insertTrack(announced);
            return true;
        }
        if (event instanceof ParticipantJoined joined) {
            insertParticipant(joined);
        } else if (event instanceof HostageListExchanged exchanged) {
            insertExchange(exchanged);
        }
        advance(event);
        return true;
    }

    private Optional<Long> appliedVersion(TrackEvent event) {
        // the row lock serialises two appliers of the same track (e.g. during a rebalance)
        return jdbc.sql("SELECT version FROM track_view WHERE track_id = ? FOR UPDATE")
                .param(event.trackId().value())
                .query(Long.class)
                .optional();
    }

    private void insertTrack(TrackAnnounced event) {
        jdbc.sql("""
                        INSERT INTO track_view (track_id, name, kind, status, host, venue, purpose, version, last_occurred_at)
                        VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)""")
                .params(event.trackId().value(), event.name(), event.kind().wireName(),
                        TrackStatus.ANNOUNCED.wireName(), jsonOrNull(event.host()), jsonOrNull(event.venue()),
                        event.purpose(), event.sequence(), timestamp(event.metadata().occurredAt()))
                .update();
    }

    private void insertParticipant(ParticipantJoined event) {
        var metadata = event.metadata();
        jdbc.sql("""
                        INSERT INTO track_participant
                            (track_id, actor_id, role, actor, representatives, event_id, occurred_at)
                        VALUES (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
                        ON CONFLICT (track_id, actor_id, role) DO UPDATE
                            SET actor = EXCLUDED.actor, representatives = EXCLUDED.representatives""")
                .params(event.trackId().value(), event.actor().id(), event.role().wireName(), json(event.actor()),
                        json(event.representatives()), metadata.eventId(), timestamp(metadata.occurredAt()))
                .update();
    }

    private void insertExchange(HostageListExchanged event) {
        var metadata = event.metadata();
        jdbc.sql("""
                        INSERT INTO track_exchange (event_id, track_id, sequence, from_actor, to_actor, via, lists,
                            occurred_at, occurred_at_precision, confidence, sources)
                        VALUES (?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?::jsonb)""")
                .params(metadata.eventId(), event.trackId().value(), event.sequence(), json(event.from()),
                        jsonOrNull(event.to()), json(event.via()), json(event.lists()),
                        timestamp(metadata.occurredAt()), metadata.occurredAtPrecision().wireName(),
                        metadata.confidence().wireName(), json(metadata.sources()))
                .update();
    }

    /** Late reports are normal: the latest development is the one that occurred last, not arrived last. */
    private void advance(TrackEvent event) {
        jdbc.sql("""
                        UPDATE track_view SET version = ?, last_occurred_at = GREATEST(last_occurred_at, ?)
                        WHERE track_id = ?""")
                .params(event.sequence(), timestamp(event.metadata().occurredAt()), event.trackId().value())
                .update();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    private String jsonOrNull(Object value) {
        return value == null ? null : json(value);
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("projection value cannot be written as JSON", e);
        }
    }
}
