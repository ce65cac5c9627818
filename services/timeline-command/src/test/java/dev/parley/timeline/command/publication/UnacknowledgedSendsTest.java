package dev.parley.timeline.command.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;

/** The position the relay may store never passes a send the broker has not acknowledged. */
class UnacknowledgedSendsTest {

    private static final GlobalSequenceTrackingToken STORED = new GlobalSequenceTrackingToken(10);

    private final UnacknowledgedSends sends = new UnacknowledgedSends(STORED);
    private final CompletableFuture<Object> first = new CompletableFuture<>();
    private final CompletableFuture<Object> second = new CompletableFuture<>();
    private final CompletableFuture<Object> third = new CompletableFuture<>();

    @Test
    void thePositionStaysAtTheStoredOneUntilTheFirstSendIsAcknowledged() {
        sends.add(position(11), first);
        sends.add(position(12), second);

        second.complete("acknowledged by another partition's leader first");

        assertThat(sends.acknowledgedPosition()).isEqualTo(STORED);
        assertThat(sends.size()).isEqualTo(2);
    }

    @Test
    void thePositionMovesToTheLastSendAcknowledgedTogetherWithEverySendBeforeIt() {
        sends.add(position(11), first);
        sends.add(position(12), second);
        sends.add(position(14), third);

        third.complete("acknowledged");
        first.complete("acknowledged");

        assertThat(sends.acknowledgedPosition()).isEqualTo(position(11));
        second.complete("acknowledged");
        assertThat(sends.acknowledgedPosition()).isEqualTo(position(14));
        assertThat(sends.size()).isZero();
    }

    @Test
    void aRefusedSendStopsThePositionBeforeItAndFailsPublication() {
        sends.add(position(11), first);
        sends.add(position(12), second);
        sends.add(position(13), third);
        first.complete("acknowledged");
        second.completeExceptionally(new NotLeaderOrFollowerException("the leader moved"));
        third.complete("acknowledged");

        assertThatThrownBy(sends::acknowledgedPosition).isInstanceOf(PublicationFailedException.class)
                .hasCauseInstanceOf(NotLeaderOrFollowerException.class);
        assertThatThrownBy(sends::awaitAll).isInstanceOf(PublicationFailedException.class);
    }

    @Test
    void awaitingTheOldestMakesRoomForOneMoreSend() {
        sends.add(position(11), CompletableFuture.completedFuture("acknowledged"));
        sends.add(position(12), second);

        sends.awaitOldest();

        assertThat(sends.size()).isEqualTo(1);
        assertThat(sends.acknowledgedPosition()).isEqualTo(position(11));
    }

    @Test
    void awaitingAllReturnsThePositionOfTheLastSend() {
        sends.add(position(11), CompletableFuture.completedFuture("acknowledged"));
        sends.add(position(12), CompletableFuture.completedFuture("acknowledged"));

        assertThat(sends.awaitAll()).isEqualTo(position(12));
        assertThat(new UnacknowledgedSends(STORED).awaitAll()).as("nothing sent").isEqualTo(STORED);
    }

    private static GlobalSequenceTrackingToken position(long globalIndex) {
        return new GlobalSequenceTrackingToken(globalIndex);
    }
}
