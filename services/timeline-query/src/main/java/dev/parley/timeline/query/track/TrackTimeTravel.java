package dev.parley.timeline.query.track;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.parley.timeline.contract.state.TrackHistory;
import dev.parley.timeline.contract.state.TrackState;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.query.projection.TrackEventCache;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
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
 *
 * <p>The events come from {@link TrackEventCache}, so a fold costs CPU, not a read of the whole
 * track (docs/adr/0003-time-travel-by-folding-cached-events.md).
 */
@Component
public class TrackTimeTravel {

    private final TrackEventCache events;
    /**
     * Each cached track's whole history, folded once and shared by the reads without a
     * {@code knownAt} until the track changes. Keyed by the cached list itself (weak keys compare
     * by identity), which {@link TrackEventCache} replaces when new events arrive.
     */
    private final Cache<List<TrackEvent>, KnownHistory> wholeHistories;

    TrackTimeTravel(TrackEventCache events, @Value("${parley.query.cached-events:500000}") long maximumEvents) {
        this.events = events;
        this.wholeHistories = Caffeine.newBuilder()
                .weakKeys()
                .maximumWeight(maximumEvents)
                .weigher((List<TrackEvent> trackEvents, KnownHistory history) -> trackEvents.size())
                .build();
    }

    /**
     * @param asOfEnd first instant of valid time no longer included, or null for no limit
     * @param knownAtEnd first instant of transaction time no longer included, or null for no limit
     * @param latest how many of the latest developments to list
     * @return empty when the track had not been announced, as far as was known then, by then
     */
    Optional<TrackView> find(String trackId, Instant asOfEnd, Instant knownAtEnd, int latest) {
        return travel(trackId, asOfEnd, knownAtEnd).map(travelled -> {
            var listed = travelled.listed();
            var shown = listed.subList(Math.max(0, listed.size() - latest), listed.size());
            return new TrackView(travelled.state(), listed.size(), developments(shown, travelled.history()));
        });
    }

    /** The track's state at those times; empty when it had not been announced then. */
    public Optional<TrackState> state(String trackId, Instant asOfEnd, Instant knownAtEnd) {
        return travel(trackId, asOfEnd, knownAtEnd).map(Travelled::state);
    }

    private Optional<Travelled> travel(String trackId, Instant asOfEnd, Instant knownAtEnd) {
        var all = events.events(trackId);
        var known = knownAtEnd == null ? wholeHistories.get(all, KnownHistory::of)
                : KnownHistory.of(all.stream().filter(event -> event.metadata().recordedAt().isBefore(knownAtEnd)).toList());
        var listed = asOfEnd == null ? known.byOccurrence() : known.occurredBefore(asOfEnd);
        // the same fold downstream services use (TrackHistory.stateAsOf), so both answer alike
        var state = known.history().stateAsOf(asOfEnd == null ? Instant.MAX : asOfEnd);
        if (state.status() == null) {
            return Optional.empty();
        }
        return Optional.of(new Travelled(state, listed, known.history()));
    }

    /** A track folded at some times, with what was listed and the amendments known. */
    private record Travelled(TrackState state, List<TrackEvent> listed, TrackHistory history) {
    }

    private static List<DevelopmentView> developments(List<TrackEvent> listed, TrackHistory history) {
        return listed.stream()
                .map(development -> {
                    var metadata = development.metadata();
                    var amendment = history.amendment(metadata.eventId());
                    return new DevelopmentView(metadata.eventId(), metadata.sequence(), development.type(),
                            development.cameoCode(), metadata.occurredAt(), metadata.occurredAtPrecision().wireName(),
                            metadata.recordedAt(), metadata.recordedBy(), metadata.confidence().wireName(), metadata.summary(),
                            metadata.sources(),
                            amendment.map(a -> a.kind().name().toLowerCase(Locale.ROOT)).orElse(null),
                            amendment.map(TrackHistory.Amendment::byEventId).orElse(null),
                            amendment.map(TrackHistory.Amendment::reason).orElse(null));
                })
                .toList();
    }
}
