package dev.parley.timeline.query.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When the live consumer waits before polling again: only after a slow transaction, once caught up. */
class PollLingerTest {

    @Test
    void aQuickTransactionNeverDelaysTheNextPoll() {
        assertThat(PollLinger.after(Duration.ofMillis(9), () -> true)).isZero();
    }

    @Test
    void aConsumerThatIsBehindPollsAgainAtOnceSinceMoreRecordsAreWaiting() {
        assertThat(PollLinger.after(Duration.ofMillis(200), () -> false)).isZero();
    }

    @Test
    void aSlowTransactionOnATrickleWaitsThreeTimesAsLong() {
        assertThat(PollLinger.after(Duration.ofMillis(40), () -> true)).isEqualTo(Duration.ofMillis(120));
    }

    @Test
    void theWaitIsBounded() {
        assertThat(PollLinger.after(Duration.ofSeconds(2), () -> true)).isEqualTo(PollLinger.MAX);
    }
}
