package dev.parley.timeline.query.consumer;

import java.time.Duration;

/**
 * How long the live consumer waits before its next poll, so that a track written continuously
 * has its folded state rewritten less often. A transaction rewrites the state of every track it
 * applied an event of, and a long track's state is large (2.8 MB of JSON at 10,000 events): while
 * such a track receives a steady trickle (an import), the consumer committed one small batch after
 * another and spent most of the machine's database time rewriting that one document.
 *
 * <p>So after a transaction that took at least {@link #SLOW} and was not a full poll, the consumer
 * waits {@value #FACTOR} times as long as the transaction took, at most {@link #MAX}: the next batch
 * then holds that much more of the trickle, and the state is written once for all of it. Quick
 * transactions (short tracks, the usual case) and full polls (a backlog, where the next batch is
 * already waiting) never wait, so neither their latency nor a catch-up changes.
 */
final class PollLinger {

    /** Shorter transactions than this never make the consumer wait. */
    static final Duration SLOW = Duration.ofMillis(10);
    /** The consumer spends at most one part in {@code FACTOR + 1} of a trickle in such transactions. */
    static final int FACTOR = 3;
    /** The most a wait adds to the time an event takes to become visible. */
    static final Duration MAX = Duration.ofMillis(250);

    private final int maxPollRecords;

    /** @param maxPollRecords the consumer's {@code max.poll.records}: a poll that returned as many is full */
    PollLinger(int maxPollRecords) {
        if (maxPollRecords < 1) {
            throw new IllegalArgumentException("max.poll.records must be at least 1, was " + maxPollRecords);
        }
        this.maxPollRecords = maxPollRecords;
    }

    /** The wait before the next poll, after a transaction that took {@code transaction} to apply {@code records}. */
    Duration after(Duration transaction, int records) {
        if (records >= maxPollRecords || transaction.compareTo(SLOW) < 0) {
            return Duration.ZERO;
        }
        var wait = transaction.multipliedBy(FACTOR);
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }
}
