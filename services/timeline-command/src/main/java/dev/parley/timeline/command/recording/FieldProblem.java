package dev.parley.timeline.command.recording;

/** One thing wrong with a request, named by its JSON path ({@code sources[0].url}). */
public record FieldProblem(String field, String message) {
}
