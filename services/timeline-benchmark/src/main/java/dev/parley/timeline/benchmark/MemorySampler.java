package dev.parley.timeline.benchmark;

import java.util.concurrent.atomic.AtomicLong;

/** Samples Parley's resident memory every 100 ms while a load runs, keeping the peak. */
final class MemorySampler implements AutoCloseable {

    private final Thread thread;

    private MemorySampler(Thread thread) {
        this.thread = thread;
    }

    static MemorySampler start(StandaloneUnderTest parley, AtomicLong peak) {
        var thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                parley.residentBytes().ifPresent(rss -> peak.accumulateAndGet(rss, Math::max));
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "benchmark-memory-sampler");
        thread.setDaemon(true);
        thread.start();
        return new MemorySampler(thread);
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }
}
