package dev.parley.timeline.benchmark;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** Latencies of one operation, recorded in microseconds, read back as percentiles in milliseconds. */
final class Latencies {

    private final Histogram histogram = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);

    /** Runs the operation once and records how long it took. */
    void time(Runnable operation) {
        long start = System.nanoTime();
        operation.run();
        histogram.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start)));
    }

    double percentileMillis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    long count() {
        return histogram.getTotalCount();
    }
}
