package dev.parley.timeline.command.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The relay is woken when events can be read, that is once their transaction committed. */
class CommitSignalTest {

    private final CommitSignal signal = new CommitSignal();

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void eventsOfATransactionWakeTheRelayOnlyOnceItCommitted() throws InterruptedException {
        TransactionSynchronizationManager.initSynchronization();

        signal.eventsPublished(List.of());

        assertThat(signal.await(Duration.ZERO)).as("before the commit").isFalse();
        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        assertThat(signal.await(Duration.ZERO)).as("after the commit").isTrue();
    }

    @Test
    void eventsOfARolledBackTransactionDoNotWakeTheRelay() throws InterruptedException {
        TransactionSynchronizationManager.initSynchronization();

        signal.eventsPublished(List.of());
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(synchronization -> synchronization.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        assertThat(signal.await(Duration.ZERO)).isFalse();
    }

    @Test
    void eventsOutsideATransactionWakeTheRelayAtOnce() throws InterruptedException {
        signal.eventsPublished(List.of());

        assertThat(signal.await(Duration.ZERO)).isTrue();
    }

    @Test
    void manyCommitsBeforeAWaitWakeTheRelayOnce() throws InterruptedException {
        signal.signal();
        signal.signal();
        signal.signal();

        assertThat(signal.await(Duration.ZERO)).isTrue();
        assertThat(signal.await(Duration.ZERO)).as("nothing committed since").isFalse();
    }
}
