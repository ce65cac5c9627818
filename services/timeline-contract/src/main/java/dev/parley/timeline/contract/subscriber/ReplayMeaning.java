package dev.parley.timeline.contract.subscriber;

/** What "until" means when replaying the topic up to a past moment (docs/time-travel.md). */
public enum ReplayMeaning {
    /**
     * Transaction time: the events Parley had recorded by then ({@code ce_recordedtime}),
     * corrections and retractions included. Answers "what did we know on that date?".
     */
    RECORDED_BY,
    /**
     * Valid time: the developments that had occurred by then ({@code ce_time}), as they are known
     * now: every correction or retraction of such a development is delivered too, whenever it was
     * made, and a correction that moves a development to before then. Answers "what had happened
     * by that date?". Fold with {@code TrackHistory.stateAsOf(until.plusNanos(1))} ({@code until}
     * is inclusive here, {@code stateAsOf} exclusive) to leave out a development a correction moved
     * to after then.
     */
    OCCURRED_BY
}
