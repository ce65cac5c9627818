package dev.parley.timeline.command.track;

/**
 * A command that is well formed but contradicts what the track already holds: it names an agenda
 * item, sticking point, document or event the track does not have, or one already closed.
 * Answered 409 with the field to fix.
 */
public class TrackRuleViolation extends TrackRefusal {

    private final String problemType;
    private final String field;

    public TrackRuleViolation(String problemType, String field, String message) {
        super(message);
        this.problemType = problemType;
        this.field = field;
    }

    /** A stable, kebab-case name for the rule, used in the problem's {@code type}. */
    public String problemType() {
        return problemType;
    }

    public String field() {
        return field;
    }
}
