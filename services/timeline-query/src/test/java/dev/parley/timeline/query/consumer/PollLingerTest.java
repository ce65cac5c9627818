package dev.parley.timeline.query.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When the live consumer waits before polling again: only after a slow transaction on a trickle. */
class PollLingerTest {

    private final PollLinger linger = new PollLinger(500);

    @Test
    void aQuickTransactionNeverDelaysTheNextPoll() {
        assertThat(linger.after(Duration.ofMillis(9), 3)).isZero();
    }

    @Test
    void aFullPollIsFollowedAtOnceSinceMoreRecordsAreWaiting() {
        assertThat(linger.after(Duration.ofMillis(200), 500)).isZero();
    }

    @Test
    void aSlowTransactionOnATrickleWaitsThreeTimesAsLong() {
        assertThat(linger.after(Duration.ofMillis(40), 30)).isEqualTo(Duration.ofMillis(120));
    }

    @Test
    void theWaitIsBounded() {
        assertThat(linger.after(Duration.ofSeconds(2), 30)).isEqualTo(PollLinger.MAX);
    }

    @Test
    void aConsumerThatPollsNoRecordIsRefused() {
        assertThatThrownBy(() -> new PollLinger(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max.poll.records");
    }
}
