package dev.parley.timeline.query.consumer;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How long the live consumer waits before its next poll, so that a track written continuously
 * has its folded state rewritten less often. A transaction rewrites the state of every track it
 * applied an event of, and a long track's state is large (2.8 MB of JSON at 10,000 events): while
 * such a track receives a steady trickle (an import), the consumer committed one small batch after
 * another and spent most of the machine's database time rewriting that one document.
 *
 * <p>So after a transaction that took at least {@link #SLOW}, when the consumer has caught up with
 * every partition it reads, it waits {@value #FACTOR} times as long as the transaction took, at
 * most {@link #MAX}: the next batch then holds that much more of the trickle, and the state is
 * written once for all of it. Quick transactions (short tracks, the usual case) never wait, and
 * neither does a consumer that is behind (a backlog, where the next batch is already waiting), so
 * their latency and a catch-up do not change.
 */
final class PollLinger {

    /** Shorter transactions than this never make the consumer wait. */
    static final Duration SLOW = Duration.ofMillis(10);
    /** The consumer spends at most one part in {@code FACTOR + 1} of a trickle in such transactions. */
    static final int FACTOR = 3;
    /** The most a wait adds to the time an event takes to become visible. */
    static final Duration MAX = Duration.ofMillis(250);

    private PollLinger() {
    }

    /**
     * The wait before the next poll.
     *
     * @param transaction how long the last batch's transaction took
     * @param caughtUp whether the consumer had read every partition it is assigned to its end; asked
     *     only after a slow transaction, so a quick one costs no look at the partitions
     */
    static Duration after(Duration transaction, BooleanSupplier caughtUp) {
        if (transaction.compareTo(SLOW) < 0 || !caughtUp.getAsBoolean()) {
            return Duration.ZERO;
        }
        var wait = transaction.multipliedBy(FACTOR);
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }
}
