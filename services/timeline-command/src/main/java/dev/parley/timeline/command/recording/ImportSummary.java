package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Counts an import's results for its closing summary line. */
final class ImportSummary {

    private long lines;
    private long recorded;
    private long unchanged;
    private long failed;

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
        return json.createObjectNode().put("lines", lines).put("recorded", recorded).put("unchanged", unchanged)
                .put("failed", failed);
    }
}
