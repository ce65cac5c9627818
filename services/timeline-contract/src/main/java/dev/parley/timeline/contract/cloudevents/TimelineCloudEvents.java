package dev.parley.timeline.contract.cloudevents;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.contract.json.TimelineJson;
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
    private final ObjectReader metadataReader;

    public TimelineCloudEvents() {
        this(TimelineJson.newMapper());
    }

    public TimelineCloudEvents(ObjectMapper mapper) {
        this.mapper = mapper;
        this.metadataReader = mapper.readerFor(Attributes.class).at("/metadata");
    }

    public CloudEvent toCloudEvent(TrackEvent event) {
        var metadata = event.metadata();
        return toCloudEvent(event.getClass(), new Attributes(metadata.eventId().toString(), metadata.trackId().value(),
                metadata.sequence(), metadata.occurredAt(), metadata.recordedAt()), toJson(event));
    }

    /**
     * Maps an event already written as JSON, as the event store keeps it, without reading it into
     * its class: the attributes come from its {@code metadata}, the data is {@code json} itself.
     * The same event gives the same CloudEvent as {@link #toCloudEvent(TrackEvent)}, for a
     * fraction of the work.
     *
     * @param eventClass the event's type, as stored next to the JSON
     * @param json the event's JSON at the current version of its type
     * @throws UnreadableEventException when the JSON or its metadata cannot be read
     */
    public CloudEvent toCloudEvent(Class<? extends TrackEvent> eventClass, byte[] json) {
        Attributes attributes;
        try {
            attributes = metadataReader.readValue(json);
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableEventException("stored " + eventClass.getSimpleName() + " has unreadable metadata: "
                    + e.getMessage(), e);
        }
        if (attributes == null) {
            throw new UnreadableEventException("stored " + eventClass.getSimpleName() + " has no metadata");
        }
        return toCloudEvent(eventClass, attributes, json);
    }

    private CloudEvent toCloudEvent(Class<? extends TrackEvent> eventClass, Attributes attributes, byte[] json) {
        return CloudEventBuilder.v1()
                .withId(attributes.eventId())
                .withSource(URI.create("/tracks/" + attributes.trackId()))
                .withType(TrackEventType.of(eventClass).cloudEventType())
                .withTime(utc(attributes.occurredAt()))
                .withSubject(attributes.trackId())
                .withExtension(RECORDED_TIME, utc(attributes.recordedAt()))
                .withExtension(SEQUENCE, sequenceText(attributes.sequence()))
                .withDataContentType(JSON)
                .withData(json)
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

    /** The part of an event's metadata that its CloudEvent attributes carry. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Attributes(String eventId, String trackId, long sequence, Instant occurredAt, Instant recordedAt) {

        Attributes {
            if (eventId == null || trackId == null || occurredAt == null || recordedAt == null || sequence < 1) {
                throw new IllegalArgumentException("eventId, trackId, sequence, occurredAt and recordedAt are required");
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
