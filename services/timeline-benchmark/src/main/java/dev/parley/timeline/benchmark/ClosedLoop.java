package dev.parley.timeline.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * A fixed number of workers, each doing one operation after another for a fixed time, as that
 * many clients (or connections) would: the same harness for Parley and for its baselines, so
 * their figures compare like with like.
 */
final class ClosedLoop {

    private ClosedLoop() {
    }

    /** One worker's resources (its connection, its tracks) and its operation. */
    interface Worker extends AutoCloseable {

        void runOnce() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** How many operations finished in how long, and how long each took. */
    record Throughput(long operations, Duration elapsed, Latencies latencies) {

        double perSecond() {
            return operations / (elapsed.toNanos() / 1e9);
        }
    }

    static Throughput run(int workers, Duration duration, IntFunction<Worker> newWorker) throws InterruptedException {
        var pool = Executors.newFixedThreadPool(workers);
        try {
            long start = System.nanoTime();
            long deadline = start + duration.toNanos();
            var results = new ArrayList<Future<Latencies>>();
            for (int i = 0; i < workers; i++) {
                int index = i;
                results.add(pool.submit(() -> {
                    var latencies = new Latencies();
                    try (var worker = newWorker.apply(index)) {
                        while (System.nanoTime() < deadline) {
                            latencies.time(() -> {
                                try {
                                    worker.runOnce();
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            });
                        }
                    }
                    return latencies;
                }));
            }
            var all = new Latencies();
            for (var result : results) {
                all.add(result.get());
            }
            return new Throughput(all.count(), Duration.ofNanos(System.nanoTime() - start), all);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
