package dev.parley.timeline.command.publication;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the relay when this instance commits events, so that it reads them at once instead of
 * at its next poll. Axon hands events to subscribers before their transaction commits, when a
 * read would not see them yet; the signal therefore waits for the outermost Spring transaction
 * to commit (an import chunk's, not its savepoint's). Events committed by another instance are
 * found by polling.
 */
final class CommitSignal {

    private final Semaphore signalled = new Semaphore(0);

    /** For {@code EventBus.subscribe}: called with the events of a unit of work, before it commits. */
    void eventsPublished(List<? extends EventMessage<?>> events) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal();
                }
            });
        } else {
            signal();
        }
    }

    void signal() {
        if (signalled.availablePermits() == 0) {
            signalled.release();
        }
    }

    /**
     * Waits until signalled or until {@code timeout} passed, and clears the signal: any number of
     * commits since the last wait wake it once.
     *
     * @return whether it was signalled
     */
    boolean await(Duration timeout) throws InterruptedException {
        if (signalled.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            signalled.drainPermits();
            return true;
        }
        return false;
    }
}
