package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Reads an event nested in something else by the {@code type} it carries: a correction's
 * replacement, or an event in the command side's snapshot of a track. Top-level events need no
 * such help: their type travels in {@code ce_type} or in the event store's payload type.
 */
public class NestedTrackEventDeserializer extends JsonDeserializer<TrackEvent> {

    @Override
    public TrackEvent deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = parser.readValueAsTree();
        var type = node.path("type").asText(null);
        var eventType = TrackEventType.fromWireName(type)
                .orElseThrow(() -> context.weirdStringException(type, TrackEvent.class, "not a known event type"));
        return context.readTreeAsValue(node, eventType.eventClass());
    }
}
