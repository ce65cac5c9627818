package dev.parley.timeline.benchmark;

/**
 * How big a run is: {@code full} is what docs/performance.md reports; {@code smoke} only proves,
 * in CI, that every figure can still be produced.
 */
enum BenchmarkSize {
    SMOKE(200, 50),
    FULL(10_000, 200);

    /** Events on the one long track the reads run against. */
    final int trackEvents;
    /** Requests per read figure. */
    final int queries;

    BenchmarkSize(int trackEvents, int queries) {
        this.trackEvents = trackEvents;
        this.queries = queries;
    }
}
