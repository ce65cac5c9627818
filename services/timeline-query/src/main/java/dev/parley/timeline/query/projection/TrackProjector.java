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
import java.sql.BatchUpdateException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
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
 *
 * <p>The rows a transaction adds ({@code track_view} of announced tracks, {@code track_development},
 * {@code development_version}) are held in memory and written as one JDBC batch per table when
 * the caller {@linkplain #flush() flushes} or the transaction commits: a statement per row made the
 * projection a fraction as fast as the database could insert. Whatever reads those rows back (a
 * correction or retraction amends an earlier development, perhaps one of the same batch, and folds
 * the track's history again) flushes them first, so it sees them exactly as if each had been
 * written at once.
 */
@Component
public class TrackProjector {

    private static final String INSERT_TRACK = """
            INSERT INTO track_view (track_id, name, kind, status, version, last_occurred_at, state)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final int[] TRACK_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
        Types.TIMESTAMP, Types.VARCHAR};
    private static final String UPDATE_TRACK = """
            UPDATE track_view SET name = ?, kind = ?, status = ?, version = ?, last_occurred_at = ?, state = ?
            WHERE track_id = ?""";
    private static final int[] UPDATE_TRACK_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
        Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR};
    private static final String INSERT_DEVELOPMENT = """
            INSERT INTO track_development (event_id, track_id, sequence, type, cameo_code, occurred_at,
                occurred_at_precision, recorded_at, confidence, summary, sources, event)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""";
    private static final int[] DEVELOPMENT_TYPES = {Types.OTHER, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
        Types.TIMESTAMP, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};
    private static final String INSERT_VERSION = """
            INSERT INTO development_version (event_id, known_from, track_id, first_recorded_at, type, retracted,
                corrected, occurred_at, event)
            VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, ?::jsonb)
            ON CONFLICT (event_id, known_from) DO UPDATE
                SET corrected = EXCLUDED.corrected, occurred_at = EXCLUDED.occurred_at, event = EXCLUDED.event""";
    private static final int[] VERSION_TYPES = {Types.OTHER, Types.TIMESTAMP, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR,
        Types.BOOLEAN, Types.TIMESTAMP, Types.VARCHAR};

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final FoldedStates cache;
    private final ObjectMapper json = TimelineJson.newMapper();

    TrackProjector(JdbcClient jdbc, JdbcTemplate batches, FoldedStates cache) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.cache = cache;
    }

    /**
     * A projector with a cache of folded states of its own, which neither uses nor fills this one's:
     * for a rebuild, whose transactions project into other tables than the live ones. Without a
     * cache, a rebuild read and parsed each track's stored state again for every batch.
     */
    public TrackProjector withSeparateStateCache() {
        return new TrackProjector(jdbc, batches, cache.separate());
    }

    /**
     * Forgets every folded state kept in memory. Whoever replaces the live tables under the
     * projector (a rebuild's switch) calls it once they are replaced: a rebuilt state may differ
     * from the live one at the same version.
     */
    public void forgetFoldedStates() {
        cache.clear();
    }

    /**
     * Applies the event in the current transaction. Its rows are written at the next {@link #flush()}
     * or when the transaction commits, whichever comes first.
     *
     * @return true when the event changed the projection, false when it had been applied before
     */
    public boolean apply(TrackEvent event) {
        var applied = appliedVersion(event);
        if (applied.isPresent() && event.sequence() <= applied.get()) {
            return false;
        }
        long expected = applied.orElse(0L) + 1;
        if (event.sequence() != expected) {
            throw new SequenceGapException(event.trackId(), expected, event.sequence());
        }
        var pending = batch().pending;
        if (event instanceof TrackAnnounced announced) {
            insertTrack(announced, new TrackState().apply(announced));
            pending.developments.add(developmentRow(event));
            pending.versions.add(versionRow(event, event, event.metadata().recordedAt()));
            return true;
        }
        pending.developments.add(developmentRow(event));
        TrackState state;
        if (event instanceof EventCorrected correction) {
            // the amended development may be pending still, and the history folded again must hold this correction
            flushRows();
            markAmended(correction.correctedEventId(), "corrected", correction);
            insertVersion(correction.replacement(), originalOf(correction.correctedEventId()), event.metadata().recordedAt());
            state = refold(event.trackId().value());
        } else if (event instanceof EventRetracted retraction) {
            // the retracted development's versions may be pending still, and the retraction is part of the history
            flushRows();
            markAmended(retraction.retractedEventId(), "retracted", retraction);
            insertRetractedVersion(retraction.retractedEventId(), event.metadata().recordedAt());
            state = refold(event.trackId().value());
        } else {
            pending.versions.add(versionRow(event, event, event.metadata().recordedAt()));
            state = storedState(event.trackId().value(), applied.orElse(0L)).apply(event);
        }
        updateTrack(event.trackId().value(), state);
        return true;
    }

    /**
     * Writes what the current transaction has applied and not written yet: its rows, one batch per
     * table, and the states it folded, one batch. A caller that wants a database refusal to surface
     * here, rather than at commit, calls it before committing; the commit writes whatever is left.
     */
    public void flush() {
        var batch = (Batch) TransactionSynchronizationManager.getResource(this);
        if (batch != null) {
            batch.flush();
        }
    }

    /** Writes the pending rows, tracks first: each development refers to its track, each version to its development. */
    private void flushRows() {
        var batch = batch();
        var pending = batch.pending;
        if (!pending.tracks.isEmpty()) {
            List<Object[]> rows = new ArrayList<>(pending.tracks.size());
            for (var trackId : pending.tracks) {
                // inserted as the track now stands: an update of the same state would only write it twice
                var state = batch.folded.get(trackId);
                batch.unwritten.remove(trackId);
                rows.add(new Object[] {trackId, state.name(), state.kind().wireName(), state.status().wireName(), state.version(),
                    timestamp(state.lastOccurredAt()), json(state)});
            }
            batchUpdate(INSERT_TRACK, rows, TRACK_TYPES);
        }
        if (!pending.developments.isEmpty()) {
            batchUpdate(INSERT_DEVELOPMENT, pending.developments, DEVELOPMENT_TYPES);
        }
        if (!pending.versions.isEmpty()) {
            batchUpdate(INSERT_VERSION, pending.versions, VERSION_TYPES);
        }
        pending.clear();
    }

    private void batchUpdate(String sql, List<Object[]> rows, int[] types) {
        try {
            batches.batchUpdate(sql, rows, types);
        } catch (DataAccessException e) {
            throw withoutValues(sql, e);
        }
    }

    /**
     * The failure of a batch as the server reported it. The driver's own message quotes the
     * statement with its values, the event's content, which belongs in no log or health detail;
     * translated from the server's error, it reads as the failure of a single statement did.
     */
    private DataAccessException withoutValues(String sql, DataAccessException failure) {
        if (failure.getCause() instanceof BatchUpdateException batch && batch.getNextException() != null) {
            var translated = batches.getExceptionTranslator().translate("batch", sql, batch.getNextException());
            if (translated != null) {
                return translated;
            }
        }
        return failure;
    }

    /** Writes the states folded since the last write, one per track, as it now stands. */
    private void writeTracks(Map<String, TrackState> states) {
        if (states.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(states.size());
        states.forEach((trackId, state) -> rows.add(new Object[] {state.name(), state.kind().wireName(),
            state.status().wireName(), state.version(), timestamp(state.lastOccurredAt()), json(state), trackId}));
        batchUpdate(UPDATE_TRACK, rows, UPDATE_TRACK_TYPES);
        states.clear();
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
        var batch = batch();
        batch.pending.tracks.add(event.trackId().value());
        batch.folded.put(event.trackId().value(), state);
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

    private Object[] developmentRow(TrackEvent event) {
        var metadata = event.metadata();
        return new Object[] {metadata.eventId(), event.trackId().value(), event.sequence(), event.type(), event.cameoCode(),
            timestamp(metadata.occurredAt()), metadata.occurredAtPrecision().wireName(), timestamp(metadata.recordedAt()),
            metadata.confidence().wireName(), metadata.summary(), json(metadata.sources()), json(event)};
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
        jdbc.sql(INSERT_VERSION).params(versionRow(version, original, knownFrom)).update();
    }

    private Object[] versionRow(TrackEvent version, TrackEvent original, Instant knownFrom) {
        return new Object[] {version.metadata().eventId(), timestamp(knownFrom), version.trackId().value(),
            timestamp(original.metadata().recordedAt()), version.type(), version != original,
            timestamp(version.metadata().occurredAt()), json(version)};
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

    /** Rows applied in this transaction and not written yet, in the order they were applied. */
    private static final class PendingRows {

        /** Tracks announced: inserted with their state as it stands when the rows are written. */
        private final Set<String> tracks = new LinkedHashSet<>();
        private final List<Object[]> developments = new ArrayList<>();
        private final List<Object[]> versions = new ArrayList<>();

        void clear() {
            tracks.clear();
            developments.clear();
            versions.clear();
        }
    }

    /**
     * The states folded in one transaction, latest per track, and the rows it has not written yet.
     * The states of tracks announced in it are inserted with their row; the others are written
     * once per track at the next flush, at the latest just before it commits: a batch of many
     * events of one track rewrites its (possibly large) state once, not per event. Once it has
     * committed they are what is stored, so they are kept for the next batches; if it rolls back,
     * none of them is.
     */
    private final class Batch implements TransactionSynchronization {

        private final Map<String, TrackState> folded = new HashMap<>();
        private final Map<String, TrackState> unwritten = new LinkedHashMap<>();
        private final PendingRows pending = new PendingRows();

        /** Also what {@code TransactionStatus.flush()} asks of the transaction's resources. */
        @Override
        public void flush() {
            flushRows();
            writeTracks(unwritten);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flush();
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
