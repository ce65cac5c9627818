package dev.parley.timeline.command.eventstore;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import javax.cache.CacheManager;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps loaded tracks in memory between commands, so a command re-reads no stream: without it,
 * each command on a track re-reads and re-folds every event the track has, and recording a
 * 10,000-event track costs the square of that (docs/adr/0003-time-travel-by-folding-cached-events.md
 * has the measurement). The cache holds tracks strongly, up to {@code parley.command.track-cache.max-tracks}
 * of them (Caffeine evicts the least valuable beyond that): weak references, used before, were
 * cleared by every young collection, so under the allocation of an import almost every command
 * re-read its track. {@code recording/CachedTracks} drops a cached track that is stale: one another
 * instance wrote to, or one whose transaction rolled back after Axon's unit of work committed.
 */
@Configuration(proxyBeanMethods = false)
public class TrackCacheConfiguration {

    public static final String TRACK_CACHE = "trackCache";

    /**
     * Each context gets a caching provider and cache manager of its own rather than the JVM-wide
     * ones of {@code javax.cache.Caching}, so two instances in one JVM (as in the tests) never
     * share tracks, and closing the context releases the cache.
     */
    @Bean(TRACK_CACHE)
    Cache trackCache(@Value("${parley.command.track-cache.max-tracks:1000}") long maxTracks) {
        if (maxTracks < 1) {
            throw new IllegalArgumentException("parley.command.track-cache.max-tracks must be at least 1, was " + maxTracks);
        }
        var configuration = new CaffeineConfiguration<Object, Object>()
                .setMaximumSize(OptionalLong.of(maxTracks))
                // by reference: a copy per read would serialise the whole track each command
                .setStoreByValue(false)
                // evict on the writing thread, at once, so the bound holds without a background pool
                .setExecutorFactory(TrackCacheConfiguration::callingThread);
        var provider = new CaffeineCachingProvider();
        var manager = provider.getCacheManager(provider.getDefaultURI(), TrackCacheConfiguration.class.getClassLoader());
        return new ClosingJCacheAdapter(manager, manager.createCache("tracks", configuration));
    }

    private static Executor callingThread() {
        return Runnable::run;
    }

    /** Axon's adapter, closing the cache manager with the application context. */
    static final class ClosingJCacheAdapter extends JCacheAdapter implements DisposableBean {

        private final CacheManager manager;

        ClosingJCacheAdapter(CacheManager manager, javax.cache.Cache<Object, Object> cache) {
            super(cache);
            this.manager = manager;
        }

        @Override
        public void destroy() {
            manager.getCachingProvider().close();
        }
    }
}
