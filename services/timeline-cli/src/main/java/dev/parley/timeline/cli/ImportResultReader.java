package dev.parley.timeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads the import's answer, one NDJSON line at a time as the server sends it, handing each line's result to a
 * listener and returning the closing summary. An answer that stops before its summary is an error: the
 * connection broke or the server gave up, and the lines not reported may or may not have been recorded.
 */
final class ImportResultReader {

    /** Called for each line's result, in the order the server sent them. */
    @FunctionalInterface
    interface Listener {
        void accept(LineResult result) throws IOException;
    }

    private ImportResultReader() {
    }

    static ImportSummary read(BufferedReader answer, Listener listener) throws IOException {
        long results = 0;
        for (String line = answer.readLine(); line != null; line = answer.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = parse(line, results);
            if (node.has("summary")) {
                return ImportSummary.of(node.get("summary"));
            }
            if (!node.has("line")) {
                throw new IOException("unexpected line in Parley's answer after " + results + " results: " + line);
            }
            listener.accept(LineResult.of(node, line));
            results++;
        }
        throw new IOException("Parley's answer ended after " + results
                + " results without its summary; the lines not reported may or may not have been recorded");
    }

    private static JsonNode parse(String line, long results) throws IOException {
        try {
            JsonNode node = Json.MAPPER.readTree(line);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException notJson) {
            // reported below, with the line
        }
        throw new IOException("Parley's answer is not NDJSON after " + results + " results: " + line);
    }
}
