package dev.parley.timeline.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackEventType;

/** Reads an event back from {@code track_development}, where it is kept with its type's wire name. */
public final class ProjectedEvents {

    private ProjectedEvents() {
    }

    public static TrackEvent read(ObjectMapper json, String type, String event) {
        var eventClass = TrackEventType.fromWireName(type)
                .orElseThrow(() -> new IllegalStateException("unknown event type in the projection: " + type))
                .eventClass();
        try {
            return json.readValue(event, eventClass);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + type + " event in the track projection", e);
        }
    }
}
