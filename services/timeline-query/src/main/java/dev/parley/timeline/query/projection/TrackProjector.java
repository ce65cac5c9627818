package dev.parley.timeline.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.contract.json.TimelineJson;
import dev.parley.timeline.contract.state.TrackHistory;
import dev.parley.timeline.contract.state.TrackState;
import dev.parley.timeline.contract.track.EventCorrected;
import dev.parley.timeline.contract.track.EventRetracted;
import dev.parley.timeline.contract.track.TrackAnnounced;
import dev.parley.timeline.contract.track.TrackEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Applies track events to the projection: the folded {@link TrackState} of each track in
 * {@code track_view} and one {@code track_development} row per event. Each track's version is its
 * last applied sequence: an event at or below it is a redelivery and changes nothing; an event
 * beyond the next one is a gap and is refused. Ordinary developments fold into the stored state;
 * a correction or retraction folds the track's whole corrected history again, which is rare and
 * keeps the projection exactly what {@link TrackHistory} says. Callers run it inside their
 * transaction, which must be a Spring-managed one: the folded states are written when it commits,
 * and kept in memory ({@link FoldedStates}) once it has, so the track's next batch need not read
 * and parse its stored state again.
 */
@Component
public class TrackProjector {

    private final JdbcClient jdbc;
    private final FoldedStates cache;
    private final ObjectMapper json = TimelineJson.newMapper();

    TrackProjector(JdbcClient jdbc, FoldedStates cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /**
     * A projector of its own that neither uses nor fills this one's cache of folded states: for a
     * rebuild, whose transactions project into other tables than the live ones.
     */
    public TrackProjector withoutStateCache() {
        return new TrackProjector(jdbc, FoldedStates.off());
    }

    /**
     * Forgets every folded state kept in memory. Whoever replaces the live tables under the
     * projector (a rebuild's switch) calls it once they are replaced: a rebuilt state may differ
     * from the live one at the same version.
     */
    public void forgetFoldedStates() {
        cache.clear();
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
            insertTrack(announced, new TrackState().apply(announced));
            insertDevelopment(event);
            insertVersion(event, event, event.metadata().recordedAt());
            return true;
        }
        insertDevelopment(event);
        TrackState state;
        if (event instanceof EventCorrected correction) {
            markAmended(correction.correctedEventId(), "corrected", correction);
            insertVersion(correction.replacement(), originalOf(correction.correctedEventId()), event.metadata().recordedAt());
            state = refold(event.trackId().value());
        } else if (event instanceof EventRetracted retraction) {
            markAmended(retraction.retractedEventId(), "retracted", retraction);
            insertRetractedVersion(retraction.retractedEventId(), event.metadata().recordedAt());
            state = refold(event.trackId().value());
        } else {
            insertVersion(event, event, event.metadata().recordedAt());
            state = storedState(event.trackId().value(), applied.orElse(0L)).apply(event);
        }
        updateTrack(event.trackId().value(), state);
        return true;
    }

    private Optional<Long> appliedVersion(TrackEvent event) {
        var folded = batch().folded.get(event.trackId().value());
        if (folded != null) {
            // this transaction holds the row lock already and has folded past the stored version
            return Optional.of(folded.version());
        }
        // the row lock serialises two appliers of the same track (e.g. during a rebalance)
        return jdbc.sql("SELECT version FROM track_view WHERE track_id = ? FOR UPDATE")
                .param(event.trackId().value())
                .query(Long.class)
                .optional();
    }

    private void insertTrack(TrackAnnounced event, TrackState state) {
        jdbc.sql("""
                        INSERT INTO track_view (track_id, name, kind, status, version, last_occurred_at, state)
                        VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)""")
                .params(event.trackId().value(), state.name(), state.kind().wireName(), state.status().wireName(),
                        state.version(), timestamp(state.lastOccurredAt()), json(state))
                .update();
        batch().folded.put(event.trackId().value(), state);
    }

    /** What the current transaction has folded. */
    private Batch batch() {
        var batch = (Batch) TransactionSynchronizationManager.getResource(this);
        if (batch == null) {
            batch = new Batch();
            TransactionSynchronizationManager.bindResource(this, batch);
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        return batch;
    }

    private void updateTrack(String trackId, TrackState state) {
        var batch = batch();
        batch.folded.put(trackId, state);
        batch.unwritten.put(trackId, state);
    }

    private void writeTrack(String trackId, TrackState state) {
        jdbc.sql("""
                        UPDATE track_view SET name = ?, kind = ?, status = ?, version = ?, last_occurred_at = ?, state = ?::jsonb
                        WHERE track_id = ?""")
                .params(state.name(), state.kind().wireName(), state.status().wireName(), state.version(),
                        timestamp(state.lastOccurredAt()), json(state), trackId)
                .update();
    }

    private void insertDevelopment(TrackEvent event) {
        var metadata = event.metadata();
        jdbc.sql("""
                        INSERT INTO track_development (event_id, track_id, sequence, type, cameo_code, occurred_at,
                            occurred_at_precision, recorded_at, confidence, summary, sources, event)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""")
                .params(metadata.eventId(), event.trackId().value(), event.sequence(), event.type(), event.cameoCode(),
                        timestamp(metadata.occurredAt()), metadata.occurredAtPrecision().wireName(),
                        timestamp(metadata.recordedAt()), metadata.confidence().wireName(), metadata.summary(),
                        json(metadata.sources()), json(event))
                .update();
    }

    private void markAmended(UUID eventId, String amendment, TrackEvent by) {
        var reason = by instanceof EventCorrected c ? c.reason() : ((EventRetracted) by).reason();
        jdbc.sql("UPDATE track_development SET amendment = ?, amended_by = ?, amendment_reason = ? WHERE event_id = ?")
                .params(amendment, by.metadata().eventId(), reason, eventId)
                .update();
        if (by instanceof EventCorrected correction) {
            // the listing shows the corrected development where and as it now stands; the row's
            // event column keeps what was first recorded
            var corrected = correction.replacement().metadata();
            jdbc.sql("""
                            UPDATE track_development SET occurred_at = ?, occurred_at_precision = ?, confidence = ?, summary = ?,
                                sources = ?::jsonb
                            WHERE event_id = ?""")
                    .params(timestamp(corrected.occurredAt()), corrected.occurredAtPrecision().wireName(),
                            corrected.confidence().wireName(), corrected.summary(), json(corrected.sources()), eventId)
                    .update();
        }
    }

    /**
     * A version of a development known from {@code knownFrom}.
     *
     * @param original the development as first recorded: its recorded time orders ties
     */
    private void insertVersion(TrackEvent version, TrackEvent original, Instant knownFrom) {
        jdbc.sql("""
                        INSERT INTO development_version (event_id, known_from, track_id, first_recorded_at, type, retracted,
                            corrected, occurred_at, event)
                        VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, ?::jsonb)
                        ON CONFLICT (event_id, known_from) DO UPDATE
                            SET corrected = EXCLUDED.corrected, occurred_at = EXCLUDED.occurred_at, event = EXCLUDED.event""")
                .params(version.metadata().eventId(), timestamp(knownFrom), version.trackId().value(),
                        timestamp(original.metadata().recordedAt()), version.type(), version != original,
                        timestamp(version.metadata().occurredAt()), json(version))
                .update();
    }

    /** The latest version of a retracted development, again, marked retracted from the retraction on. */
    private void insertRetractedVersion(UUID eventId, Instant knownFrom) {
        jdbc.sql("""
                        INSERT INTO development_version (event_id, known_from, track_id, first_recorded_at, type, retracted,
                            corrected, occurred_at, event)
                        SELECT event_id, ?, track_id, first_recorded_at, type, TRUE, corrected, occurred_at, event
                        FROM development_version WHERE event_id = ? ORDER BY known_from DESC LIMIT 1
                        ON CONFLICT (event_id, known_from) DO UPDATE SET retracted = TRUE""")
                .params(timestamp(knownFrom), eventId)
                .update();
    }

    private TrackEvent originalOf(UUID eventId) {
        return jdbc.sql("SELECT type, event FROM track_development WHERE event_id = ?").param(eventId)
                .query((rs, row) -> ProjectedEvents.read(json, rs.getString("type"), rs.getString("event")))
                .single();
    }

    /** The track's state at {@code storedVersion}: folded in this transaction, kept from an earlier one, or read. */
    private TrackState storedState(String trackId, long storedVersion) {
        var folded = batch().folded.get(trackId);
        if (folded != null) {
            return folded;
        }
        var cached = cache.take(trackId, storedVersion);
        if (cached.isPresent()) {
            return cached.get();
        }
        var text = jdbc.sql("SELECT state FROM track_view WHERE track_id = ?").param(trackId).query(String.class).single();
        return read(text, TrackState.class);
    }

    /** The track's state folded again from every event received, corrections applied. */
    private TrackState refold(String trackId) {
        var events = jdbc.sql("SELECT type, event FROM track_development WHERE track_id = ? ORDER BY sequence")
                .param(trackId)
                .query((rs, row) -> ProjectedEvents.read(json, rs.getString("type"), rs.getString("event")))
                .list();
        return TrackHistory.of(events).state();
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + type.getSimpleName() + " in the track projection", e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("projection value cannot be written as JSON", e);
        }
    }

    /**
     * The states folded in one transaction, latest per track. Those of tracks announced in it were
     * inserted with their row; the others are written once per track just before it commits: a
     * batch of many events of one track rewrites its (possibly large) state once, not per event.
     * Once it has committed they are what is stored, so they are kept for the next batches; if it
     * rolls back, none of them is.
     */
    private final class Batch implements TransactionSynchronization {

        private final Map<String, TrackState> folded = new HashMap<>();
        private final Map<String, TrackState> unwritten = new LinkedHashMap<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            unwritten.forEach(TrackProjector.this::writeTrack);
        }

        @Override
        public void afterCommit() {
            folded.forEach(cache::put);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResource(TrackProjector.this);
            if (status != STATUS_COMMITTED) {
                // none of them is stored, and none is in the cache (a state taken from it was removed):
                // whatever else it holds of these tracks goes too, so the retried batch starts from the store
                folded.keySet().forEach(cache::evict);
            }
        }
    }
}
