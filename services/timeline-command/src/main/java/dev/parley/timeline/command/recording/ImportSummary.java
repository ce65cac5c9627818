package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Counts an import's results for its closing summary line. */
final class ImportSummary {

    private long lines;
    private long recorded;
    private long unchanged;
    private long failed;
    private long stoppedAtLine;

    void count(ObjectNode result) {
        lines++;
        int status = result.path("status").asInt();
        if (status == 201) {
            recorded++;
        } else if (status == 200) {
            unchanged++;
        } else {
            failed++;
        }
    }

    /** The import ends early at this line: every later line would fail the same way (PostgreSQL away). */
    void stopAt(long line) {
        stoppedAtLine = line;
    }

    long lines() {
        return lines;
    }

    long recorded() {
        return recorded;
    }

    long unchanged() {
        return unchanged;
    }

    long failed() {
        return failed;
    }

    ObjectNode toJson(ObjectMapper json) {
        var summary = json.createObjectNode().put("lines", lines).put("recorded", recorded).put("unchanged", unchanged)
                .put("failed", failed);
        return stoppedAtLine == 0 ? summary : summary.put("stoppedAtLine", stoppedAtLine);
    }
}
