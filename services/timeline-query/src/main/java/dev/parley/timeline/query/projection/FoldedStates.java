package dev.parley.timeline.query.projection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.parley.timeline.contract.state.TrackState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The folded {@link TrackState}s of the tracks the projector applied recently, each as its last
 * committed transaction stored it, so that the next batch of a track folds its events into the
 * state in memory instead of reading and parsing the stored JSON, which grows with the track's
 * history (some 2.8 MB for a track of 10,000 events): with events arriving one per batch,
 * catching up on a long track was quadratic.
 *
 * <p>A state is mutable: {@link TrackState#apply} changes it in place. So an entry belongs to one
 * transaction at a time: {@link #take} removes it from the cache, and the projector puts the
 * state it folded back only once the transaction that stored it has committed. A transaction that
 * rolls back puts nothing back, and the next one reads the stored state.
 *
 * <p>The store stays the judge: an entry is used only when its version (the track's last applied
 * sequence) is the version stored in {@code track_view}, read under the row's lock. Any other
 * writer of the track (another instance during a rebalance, a rebuild's switch) either moves the
 * version on or {@linkplain #clear() clears} the cache.
 *
 * <p>Bounded by the number of events folded into the states it holds, since a state grows with
 * its track: {@code parley.timeline.query.state-cache-events}, 100,000 by default (in the order of
 * 100 MB of heap at most, ten tracks of 10,000 events or thousands of short ones); 0 turns it off.
 * Lookups are counted in {@value #METRIC}, tagged {@code outcome}: {@code hit}, {@code stale} (an
 * entry of another version, dropped) or {@code miss}.
 */
@Component
class FoldedStates {

    static final String METRIC = "parley.projection.state-cache";

    /** Null when off. */
    private final Cache<String, TrackState> states;
    private final long maximumEvents;
    private final Counter hits;
    private final Counter stale;
    private final Counter misses;

    @Autowired
    FoldedStates(@Value("${parley.timeline.query.state-cache-events:100000}") long maximumEvents, MeterRegistry meters) {
        this.maximumEvents = maximumEvents;
        this.states = maximumEvents <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maximumEvents)
                .weigher((String trackId, TrackState state) -> (int) Math.min(Integer.MAX_VALUE, Math.max(1, state.version())))
                .build();
        this.hits = meters.counter(METRIC, "outcome", "hit");
        this.stale = meters.counter(METRIC, "outcome", "stale");
        this.misses = meters.counter(METRIC, "outcome", "miss");
    }

    /**
     * A cache of its own with the same bound, counted apart from this one's metric: for a rebuild,
     * whose states are those of other tables than the live ones and must never meet them.
     */
    FoldedStates separate() {
        return new FoldedStates(maximumEvents, new SimpleMeterRegistry());
    }

    /**
     * Removes the track's state from the cache and hands it to the caller, who may change it.
     *
     * @param storedVersion the track's version as stored, read under the row's lock
     * @return the state, when it is the one stored at that version
     */
    Optional<TrackState> take(String trackId, long storedVersion) {
        if (states == null) {
            return Optional.empty();
        }
        var state = states.asMap().remove(trackId);
        if (state == null) {
            misses.increment();
            return Optional.empty();
        }
        if (state.version() != storedVersion) {
            stale.increment();
            return Optional.empty();
        }
        hits.increment();
        return Optional.of(state);
    }

    /** Only once the transaction that stored this state has committed, and only if nothing changes it afterwards. */
    void put(String trackId, TrackState state) {
        if (states != null) {
            states.put(trackId, state);
        }
    }

    void evict(String trackId) {
        if (states != null) {
            states.invalidate(trackId);
        }
    }

    void clear() {
        if (states != null) {
            states.invalidateAll();
        }
    }
}
