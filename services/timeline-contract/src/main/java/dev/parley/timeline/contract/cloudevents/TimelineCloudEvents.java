package dev.parley.timeline.contract.cloudevents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.contract.json.TimelineJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.contract.track.EventUpcasters;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackEventType;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Maps track events to CloudEvents 1.0 and back. On Kafka they travel in binary mode: the
 * attributes become {@code ce_*} headers and the value is the event's JSON.
 *
 * <ul>
 *   <li>{@code id}: the event id, the consumer's deduplication key
 *   <li>{@code source}: {@code /tracks/{trackId}}
 *   <li>{@code type}: {@code dev.parley.timeline.<event-type>.v<n>}
 *   <li>{@code time}: when the development occurred (valid time)
 *   <li>{@code recordedtime}: when Parley recorded it (transaction time)
 *   <li>{@code subject}: the track id
 *   <li>{@code sequence}: the track's version after this event, zero-padded to 19 digits so that,
 *       as the CloudEvents sequence extension requires, it orders correctly as text
 *       ({@code 0000000000000000010} after {@code 0000000000000000009}); parse it as a number
 * </ul>
 */
public final class TimelineCloudEvents {

    public static final String RECORDED_TIME = "recordedtime";
    public static final String SEQUENCE = "sequence";
    public static final String JSON = "application/json";
    /** Digits of the widest per-track version (a positive long). */
    static final int SEQUENCE_DIGITS = 19;

    private final ObjectMapper mapper;

    public TimelineCloudEvents() {
        this(TimelineJson.newMapper());
    }

    public TimelineCloudEvents(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public CloudEvent toCloudEvent(TrackEvent event) {
        var metadata = event.metadata();
        return CloudEventBuilder.v1()
                .withId(metadata.eventId().toString())
                .withSource(URI.create("/tracks/" + metadata.trackId().value()))
                .withType(TrackEventType.of(event.getClass()).cloudEventType())
                .withTime(utc(metadata.occurredAt()))
                .withSubject(metadata.trackId().value())
                .withExtension(RECORDED_TIME, utc(metadata.recordedAt()))
                .withExtension(SEQUENCE, sequenceText(metadata.sequence()))
                .withDataContentType(JSON)
                .withData(toJson(event))
                .build();
    }

    /**
     * Reads a CloudEvent back into the event it carries.
     *
     * @throws UnreadableEventException when the type is unknown or the data does not parse; the
     *     reason says which
     */
    public TrackEvent fromCloudEvent(CloudEvent cloudEvent) {
        var versioned = TrackEventType.fromCloudEventType(cloudEvent.getType())
                .orElseThrow(() -> new UnreadableEventException("unknown ce_type " + cloudEvent.getType()));
        if (cloudEvent.getData() == null) {
            throw new UnreadableEventException("event " + cloudEvent.getId() + " carries no data");
        }
        try {
            var eventClass = versioned.type().eventClass();
            if (versioned.isCurrent()) {
                return mapper.readValue(cloudEvent.getData().toBytes(), eventClass);
            }
            // an older version stays on the topic for good: bring it up to date before reading
            var json = mapper.readTree(cloudEvent.getData().toBytes());
            if (!(json instanceof ObjectNode object)) {
                throw new UnreadableEventException("event " + cloudEvent.getId() + " data is not a JSON object");
            }
            return mapper.treeToValue(EventUpcasters.upcast(versioned.type(), versioned.version(), object), eventClass);
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableEventException("event " + cloudEvent.getId() + " has unreadable data: " + e.getMessage(), e);
        }
    }

    /** The {@code sequence} attribute for a track version. */
    public static String sequenceText(long version) {
        return String.format("%0" + SEQUENCE_DIGITS + "d", version);
    }

    private byte[] toJson(TrackEvent event) {
        try {
            return mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.metadata().eventId() + " cannot be written as JSON", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
