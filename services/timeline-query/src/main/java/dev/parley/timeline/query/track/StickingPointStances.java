package dev.parley.timeline.query.track;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Puts each actor's latest stance on a sticking point under the point itself, so a reader need not
 * join the track's {@code positions} by {@code issueId}. The folded state keeps positions in one
 * list, since a stance may also concern an issue never raised as a sticking point.
 */
final class StickingPointStances {

    private StickingPointStances() {
    }

    /** @param positions every position of the track, to pick each point's stances from */
    static void embed(ObjectNode view, JsonNode positions) {
        for (var point : view.path("stickingPoints")) {
            var stances = ((ObjectNode) point).putArray("positions");
            addStancesOn(point.path("issueId").asText(), positions, stances);
        }
    }

    private static void addStancesOn(String issueId, JsonNode positions, ArrayNode stances) {
        for (var position : positions) {
            if (issueId.equals(position.path("issueId").asText())) {
                stances.add(position);
            }
        }
    }
}
