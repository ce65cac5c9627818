package dev.parley.timeline.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** The server's last NDJSON line: {@code {"summary":{"lines":N,"recorded":a,"unchanged":b,"failed":c}}}. */
record ImportSummary(long lines, long recorded, long unchanged, long failed) {

    static ImportSummary of(JsonNode summary) {
        return new ImportSummary(summary.path("lines").asLong(), summary.path("recorded").asLong(),
                summary.path("unchanged").asLong(), summary.path("failed").asLong());
    }

    String describe() {
        return "imported %d lines: %d recorded, %d unchanged, %d failed".formatted(lines, recorded, unchanged, failed);
    }
}
