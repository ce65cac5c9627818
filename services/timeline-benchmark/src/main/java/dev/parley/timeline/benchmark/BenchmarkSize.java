package dev.parley.timeline.benchmark;

import java.time.Duration;

/**
 * How big a run is: {@code full} is what docs/performance.md reports; {@code smoke} only proves,
 * in CI, that every figure can still be produced.
 *
 * @param trackEvents events of each imported track, the first of which is read
 * @param queries requests per read figure
 * @param loadSeconds how long each closed-loop load (raw inserts, HTTP clients) runs
 * @param loadTracks how many tracks the "many tracks" load and the steady load spread over
 * @param steadyRate commands per second of the steady load
 * @param steadySeconds how long the steady load runs
 * @param backlogTrackEvents events of each track in the backlog (the long track's first ones)
 * @param backlogTracks tracks in the backlog
 * @param importTracks tracks in the import file, one after another
 */
record BenchmarkSize(int trackEvents, int queries, int loadSeconds, int loadTracks, int steadyRate, int steadySeconds,
        int backlogTrackEvents, int backlogTracks, int importTracks) {

    BenchmarkSize {
        if (backlogTracks < 1) {
            throw new IllegalArgumentException("--backlog-tracks must be at least 1, was " + backlogTracks);
        }
        if (importTracks < 1) {
            throw new IllegalArgumentException("--import-tracks must be at least 1, was " + importTracks);
        }
    }

    static final BenchmarkSize SMOKE = new BenchmarkSize(200, 50, 1, 20, 50, 3, 100, 5, 2);
    /** The sizes: a 1,000,000-line import (100 tracks of 10,000 events), a backlog of 1,000,000 events. */
    static final BenchmarkSize FULL = new BenchmarkSize(10_000, 200, 15, 100, 500, 30, 1_000, 1_000, 100);

    static BenchmarkSize named(String name) {
        return switch (name) {
            case "smoke" -> SMOKE;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("--size is smoke or full, not " + name);
        };
    }

    /** The same size with another number of backlog tracks, for a shorter or a longer backlog. */
    BenchmarkSize withBacklogTracks(int tracks) {
        return new BenchmarkSize(trackEvents, queries, loadSeconds, loadTracks, steadyRate, steadySeconds, backlogTrackEvents, tracks,
                importTracks);
    }

    /** The same size with another number of imported tracks, for a shorter or a longer import. */
    BenchmarkSize withImportTracks(int tracks) {
        return new BenchmarkSize(trackEvents, queries, loadSeconds, loadTracks, steadyRate, steadySeconds, backlogTrackEvents,
                backlogTracks, tracks);
    }

    Duration load() {
        return Duration.ofSeconds(loadSeconds);
    }

    long backlogEvents() {
        return (long) backlogTrackEvents * backlogTracks;
    }
}
