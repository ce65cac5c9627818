package dev.parley.timeline.command.eventstore;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps loaded tracks in memory between commands, so a command re-reads no stream: without it,
 * each command on a track re-reads and re-folds every event the track has, and recording a
 * 10,000-event track costs the square of that (docs/adr/0003-time-travel-by-folding-cached-events.md
 * has the measurement). Weak references let the garbage collector take tracks back under memory
 * pressure. {@code recording/CachedTracks} drops a cached track that is stale: one another
 * instance wrote to, or one whose transaction rolled back after Axon's unit of work committed.
 */
@Configuration(proxyBeanMethods = false)
public class TrackCacheConfiguration {

    public static final String TRACK_CACHE = "trackCache";

    @Bean(TRACK_CACHE)
    Cache trackCache() {
        return new WeakReferenceCache();
    }
}
