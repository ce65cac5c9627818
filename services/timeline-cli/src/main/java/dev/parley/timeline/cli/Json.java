package dev.parley.timeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** One shared mapper: the client only ever reads trees, so no configuration is needed. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static JsonNode read(byte[] body) throws IOException {
        return MAPPER.readTree(body);
    }

    /** The text of a scalar field, or null when it is absent, null, or a structure. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    /** The text of a scalar field, or {@code fallback} when there is none or it is blank. */
    static String text(JsonNode node, String field, String fallback) {
        String text = text(node, field);
        return text == null || text.isBlank() ? fallback : text;
    }
}
