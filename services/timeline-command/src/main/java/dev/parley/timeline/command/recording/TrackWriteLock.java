package dev.parley.timeline.command.recording;

import dev.parley.timeline.contract.track.TrackId;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Serialises the writers of one track, across every instance sharing the database, with a
 * PostgreSQL advisory lock held until the surrounding transaction ends. Axon's own lock is
 * per-JVM and released before that transaction commits, so without this, concurrent writers to a
 * track would mostly collide on the event table's unique key and be retried; with it they queue,
 * and each sees the one before it, including its {@code Idempotency-Key} answer.
 */
@Component
class TrackWriteLock {

    private final JdbcClient jdbc;

    TrackWriteLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for the track's lock; it is released when the current transaction commits or rolls back. */
    void acquireForTransaction(TrackId trackId) {
        // two tracks may share a 64-bit hash: they then queue behind each other, which is only slower
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(trackId.value())
                .query((row, number) -> Boolean.TRUE)
                .list();
    }

    /**
     * Waits for the locks of several tracks at once (an import's chunk), in one round trip. They
     * are taken in the order of their lock keys, so two chunks sharing tracks queue behind each
     * other instead of each holding a lock the other waits for.
     */
    void acquireForTransaction(Collection<TrackId> trackIds) {
        var ids = trackIds.stream().map(TrackId::value).distinct().toArray(String[]::new);
        jdbc.sql("""
                        SELECT pg_advisory_xact_lock(lock_key) FROM (
                            SELECT DISTINCT hashtextextended(id, 0) AS lock_key FROM unnest(?::text[]) AS id
                            ORDER BY lock_key) AS ordered""")
                .param(ids)
                .query((row, number) -> Boolean.TRUE)
                .list();
    }
}
