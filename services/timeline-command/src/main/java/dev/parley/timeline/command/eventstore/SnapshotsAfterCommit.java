package dev.parley.timeline.command.eventstore;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventsourcing.Snapshotter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands a snapshot to Axon's snapshotter only once the command's transaction has committed, and
 * on a thread of its own. Axon would take it on the command's thread, in the command's transaction
 * (Axon's unit of work commits inside Parley's transaction, which also holds the track's lock and
 * the idempotency record): reading the track again there slows the command, and a failing insert
 * aborts PostgreSQL's transaction, so the command would fail with it. Here the snapshot reads
 * committed events in a transaction of its own; a rolled-back command schedules none.
 *
 * <p>One thread, and at most {@value #MAX_WAITING} tracks waiting, each at most once: snapshots
 * are an optimisation, so when the queue is full one is skipped (the track is snapshotted at its
 * next threshold) rather than letting commands wait.
 */
class SnapshotsAfterCommit implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SnapshotsAfterCommit.class);
    static final int MAX_WAITING = 10_000;

    private final Snapshotter snapshotter;
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(MAX_WAITING), runnable -> {
                var thread = new Thread(runnable, "track-snapshots");
                thread.setDaemon(true);
                return thread;
            });

    SnapshotsAfterCommit(Snapshotter snapshotter) {
        this.snapshotter = snapshotter;
    }

    /** A {@link Snapshotter}'s method: schedules a snapshot of the aggregate, after the current transaction commits. */
    void schedule(Class<?> aggregateType, String aggregateIdentifier) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(aggregateType, aggregateIdentifier);
                }
            });
        } else {
            submit(aggregateType, aggregateIdentifier);
        }
    }

    private void submit(Class<?> aggregateType, String aggregateIdentifier) {
        if (!waiting.add(aggregateIdentifier)) {
            return;
        }
        try {
            worker.execute(() -> {
                waiting.remove(aggregateIdentifier);
                // no unit of work on this thread: Axon takes the snapshot at once, in a transaction of
                // its own, and logs (never throws) a failure
                snapshotter.scheduleSnapshot(aggregateType, aggregateIdentifier);
            });
        } catch (RejectedExecutionException e) {
            waiting.remove(aggregateIdentifier);
            if (!worker.isShutdown()) {
                log.warn("Snapshot of {} skipped: {} tracks already wait for one", aggregateIdentifier, MAX_WAITING);
            }
        }
    }

    /** Lets a snapshot being taken finish; those still waiting are dropped. */
    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        worker.getQueue().clear();
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }
}
