package dev.parley.timeline.command.track;

/**
 * What one command of a {@link RecordDevelopments} batch came to: exactly one of its outcome and
 * the track's refusal is set.
 */
public record DevelopmentResult(CommandOutcome outcome, TrackRefusal refusal) {

    public DevelopmentResult {
        if ((outcome == null) == (refusal == null)) {
            throw new IllegalArgumentException("a result is either an outcome or a refusal");
        }
    }

    static DevelopmentResult of(CommandOutcome outcome) {
        return new DevelopmentResult(outcome, null);
    }

    static DevelopmentResult refused(TrackRefusal refusal) {
        return new DevelopmentResult(null, refusal);
    }

    public boolean refused() {
        return refusal != null;
    }
}
