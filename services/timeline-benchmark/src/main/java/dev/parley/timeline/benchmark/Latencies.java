package dev.parley.timeline.benchmark;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** Latencies of one operation, recorded in microseconds, read back as percentiles in milliseconds; safe to share between threads. */
final class Latencies {

    private final Histogram histogram = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);

    /** Runs the operation once and records how long it took. */
    void time(Runnable operation) {
        long start = System.nanoTime();
        operation.run();
        record(System.nanoTime() - start);
    }

    /** Records a latency measured elsewhere, e.g. from an intended start time to an observed effect. */
    synchronized void record(long nanos) {
        histogram.recordValue(Math.max(1, Math.min(histogram.getHighestTrackableValue(), TimeUnit.NANOSECONDS.toMicros(nanos))));
    }

    /** Adds what another recorder saw: each worker records alone, the run reports all. */
    synchronized void add(Latencies other) {
        histogram.add(other.histogram);
    }

    synchronized double percentileMillis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    synchronized long count() {
        return histogram.getTotalCount();
    }
}
