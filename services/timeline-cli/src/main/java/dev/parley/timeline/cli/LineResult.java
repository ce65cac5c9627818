package dev.parley.timeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One input line's outcome as the server streamed it back; {@code json} is the line exactly as received. */
record LineResult(long line, int status, JsonNode result, String json) {

    static LineResult of(JsonNode result, String json) {
        return new LineResult(result.path("line").asLong(), result.path("status").asInt(), result, json);
    }

    /** A line failed when the server says so by its status, or sends a problem whatever the status. */
    boolean failed() {
        return status >= 400 || result.has("problem");
    }

    /** {@code line <n>: error <status> <title>: <detail>} and the problem's field errors, indented. */
    List<String> failureLines() {
        JsonNode problem = result.path("problem");
        List<String> problemLines = problem.isObject()
                ? Problem.of(status, problem).lines()
                : List.of("error " + status + " (no problem details)");
        List<String> lines = new ArrayList<>(problemLines);
        lines.set(0, "line " + line + ": " + lines.get(0));
        return lines;
    }
}
