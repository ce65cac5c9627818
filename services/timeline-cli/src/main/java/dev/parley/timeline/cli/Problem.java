package dev.parley.timeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 9457 problem as Parley sends it ({@code application/problem+json}), reduced to what an editor needs.
 * Built leniently: a proxy's HTML error page still becomes a readable problem.
 */
record Problem(int status, String title, String detail, List<FieldError> errors) {

    private static final int MAX_DETAIL = 200;

    record FieldError(String field, String message) {
    }

    static Problem of(int status, byte[] body) {
        try {
            JsonNode node = Json.read(body);
            if (node != null && node.isObject()) {
                return of(status, node);
            }
        } catch (IOException notJson) {
            // fall through: the body is shown as text
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return new Problem(status, "unexpected answer", abbreviate(text), List.of());
    }

    static Problem of(int status, JsonNode problem) {
        int reported = problem.path("status").asInt(status);
        String title = Json.text(problem, "title", "error");
        List<FieldError> errors = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            errors.add(new FieldError(Json.text(error, "field", "?"), Json.text(error, "message", "?")));
        }
        return new Problem(reported, title, Json.text(problem, "detail"), List.copyOf(errors));
    }

    /** {@code error <status> <title>: <detail>}, then one indented line per field error. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("error " + status + " " + title + (detail == null || detail.isBlank() ? "" : ": " + detail));
        errors.forEach(error -> lines.add("  " + error.field() + ": " + error.message()));
        return lines;
    }

    void printTo(PrintWriter err) {
        lines().forEach(err::println);
    }

    private static String abbreviate(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        return firstLine.length() <= MAX_DETAIL ? firstLine : firstLine.substring(0, MAX_DETAIL) + "…";
    }
}
