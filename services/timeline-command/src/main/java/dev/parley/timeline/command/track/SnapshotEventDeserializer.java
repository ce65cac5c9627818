package dev.parley.timeline.command.track;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackEventType;
import java.io.IOException;

/**
 * Reads an event of a {@link Track} snapshot by the {@code type} every event writes into its JSON:
 * in a snapshot, unlike in the event store, no column names the event's class.
 */
class SnapshotEventDeserializer extends JsonDeserializer<TrackEvent> {

    @Override
    public TrackEvent deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = parser.readValueAsTree();
        var type = node.path("type").asText(null);
        var eventType = TrackEventType.fromWireName(type)
                .orElseThrow(() -> context.weirdStringException(type, TrackEvent.class, "not a known event type"));
        return context.readTreeAsValue(node, eventType.eventClass());
    }
}
