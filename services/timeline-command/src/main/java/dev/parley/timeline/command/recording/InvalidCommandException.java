package dev.parley.timeline.command.recording;

import java.util.List;

/** The request cannot become a command; each problem names its field. Nothing is stored. */
public class InvalidCommandException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidCommandException(List<FieldProblem> problems) {
        super(problems.size() == 1 ? problems.get(0).field() + " " + problems.get(0).message()
                : problems.size() + " fields are invalid");
        this.problems = List.copyOf(problems);
    }

    public InvalidCommandException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
