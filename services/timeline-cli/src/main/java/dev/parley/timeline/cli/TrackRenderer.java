package dev.parley.timeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A track as text. The track's JSON shape is still evolving, so nothing here depends on a field beyond the
 * headline: every non-empty array becomes a section, and each element is summed up by whichever telling
 * fields it happens to have.
 */
final class TrackRenderer {

    /** In the order they are shown; each is a JSON pointer into one array element. */
    static final List<String> TELLING_FIELDS = List.of("/actor/name", "/role", "/title", "/name", "/stance", "/statement",
            "/mood", "/status", "/type", "/summary", "/occurredAt");

    private static final String UNKNOWN = "?";

    private TrackRenderer() {
    }

    static List<String> render(JsonNode track) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(track));
        for (Map.Entry<String, JsonNode> field : track.properties()) {
            JsonNode value = field.getValue();
            if (value.isArray() && !value.isEmpty()) {
                lines.add("");
                lines.add(field.getKey() + shownOf(track, field.getKey(), value.size()) + ":");
                value.forEach(element -> lines.add("  - " + describe(element)));
            }
        }
        return lines;
    }

    /**
     * " (latest 100 of 2500)" when Parley sent only the latest entries of a list, as its
     * {@code entryCounts} (or {@code developmentCount}) says; nothing when it sent them all.
     */
    private static String shownOf(JsonNode track, String list, int shown) {
        JsonNode total = "developments".equals(list) ? track.path("developmentCount") : track.path("entryCounts").path(list);
        return total.isNumber() && total.asLong() > shown ? " (latest %d of %d)".formatted(shown, total.asLong()) : "";
    }

    /** {@code <name> (<kind>) — <status>, version <version>}, with "?" for what the track does not say. */
    static String headline(JsonNode track) {
        String name = Json.text(track, "name", Json.text(track, "trackId", Json.text(track, "id", UNKNOWN)));
        return "%s (%s) — %s, version %s".formatted(name, Json.text(track, "kind", UNKNOWN), Json.text(track, "status", UNKNOWN),
                Json.text(track, "version", UNKNOWN));
    }

    static String describe(JsonNode element) {
        if (element.isValueNode()) {
            return element.asText();
        }
        List<String> parts = new ArrayList<>();
        for (String pointer : TELLING_FIELDS) {
            JsonNode value = element.at(pointer);
            if (value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
                parts.add(value.asText());
            }
        }
        // nothing telling: the compact JSON still shows everything there is
        return parts.isEmpty() ? element.toString() : String.join(", ", parts);
    }
}
