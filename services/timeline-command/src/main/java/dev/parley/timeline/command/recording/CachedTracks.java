package dev.parley.timeline.command.recording;

import dev.parley.timeline.command.eventstore.TrackCacheConfiguration;
import dev.parley.timeline.contract.track.TrackId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes sure a command never decides on a cached track that is out of date. Axon keeps loaded
 * tracks in memory ({@link TrackCacheConfiguration}); a cached track is stale when anything else
 * appended to its stream (another instance of the command service, an operator), or when the
 * transaction that cached it rolled back after Axon's own unit of work had committed. Under the
 * track's write lock, the store's version of the track is compared with the version this instance
 * last committed, and the cached track is dropped when they differ: one indexed lookup per
 * command instead of re-reading the whole stream.
 */
@Component
class CachedTracks {

    private final JdbcClient jdbc;
    private final Cache trackCache;
    /** The version of each track as this instance last committed it. */
    private final Map<String, Long> committedVersions = new ConcurrentHashMap<>();

    CachedTracks(JdbcClient jdbc, @Qualifier(TrackCacheConfiguration.TRACK_CACHE) Cache trackCache) {
        this.jdbc = jdbc;
        this.trackCache = trackCache;
    }

    /** Call holding the track's write lock, inside the command's transaction, before dispatching. */
    void refreshIfStale(TrackId trackId) {
        refreshIfStale(List.of(trackId));
    }

    /**
     * {@link #refreshIfStale(TrackId)} for the tracks of an import's chunk, in one lookup. Call
     * holding all their write locks, inside the chunk's transaction: should it roll back, every
     * one of them is dropped, whatever its lines did.
     */
    void refreshIfStale(Collection<TrackId> trackIds) {
        var ids = trackIds.stream().map(TrackId::toString).distinct().toArray(String[]::new);
        Map<String, Long> stored = new HashMap<>();
        jdbc.sql("""
                        SELECT aggregate_identifier, MAX(sequence_number) + 1 FROM domain_event_entry
                        WHERE aggregate_identifier = ANY(?::text[]) GROUP BY aggregate_identifier""")
                .param(ids)
                .query(row -> {
                    stored.put(row.getString(1), row.getLong(2));
                });
        for (var id : ids) {
            dropIfStale(id, stored.getOrDefault(id, 0L));
        }
    }

    private void dropIfStale(String id, long stored) {
        Long committed = committedVersions.get(id);
        if (committed == null || committed != stored) {
            trackCache.remove(id);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    trackCache.remove(id);
                    committedVersions.remove(id);
                }
            }
        });
    }

    /**
     * Call when the command was handled. The version is remembered just before the commit, while
     * the track's write lock is still held: remembered after it, the next writer of a hot track,
     * let in by the commit, would often compare against the version before and drop a cached track
     * that was current (measured: 8 writers on one track ran 4 times slower than one). Should the
     * commit then fail, the rollback forgets the version and the cached track together.
     */
    void handled(TrackId trackId, long version) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                committedVersions.put(trackId.toString(), version);
            }
        });
    }
}
