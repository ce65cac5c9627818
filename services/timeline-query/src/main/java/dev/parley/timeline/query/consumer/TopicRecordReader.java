package dev.parley.timeline.query.consumer;

import dev.parley.timeline.contract.cloudevents.TimelineCloudEvents;
import dev.parley.timeline.contract.cloudevents.UnreadableEventException;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackEventType;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads a record of the timeline topic into the track event it carries. The consumers take raw
 * bytes and read here, record by record, instead of in a Kafka deserializer: a deserializer's
 * failure surfaces from {@code poll} for the whole partition, while here one bad record is told
 * apart from the good ones around it and can be dead-lettered alone.
 */
final class TopicRecordReader {

    private final TimelineCloudEvents cloudEvents = new TimelineCloudEvents();

    /** @throws PoisonRecordException when the record can never be read, saying why */
    TrackEvent read(ConsumerRecord<String, byte[]> record) {
        CloudEvent cloudEvent;
        try {
            cloudEvent = KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            // CloudEventRWException for a missing or unknown spec version, IllegalStateException for a
            // missing required attribute, ...: reading headers touches nothing outside the record, so
            // every failure here is the record's own and permanent
            throw new PoisonRecordException(PoisonRecordException.Reason.NOT_A_CLOUDEVENT,
                    "record is not a readable CloudEvent: " + e.getMessage(), e);
        }
        if (TrackEventType.fromCloudEventType(cloudEvent.getType()).isEmpty()) {
            throw new PoisonRecordException(PoisonRecordException.Reason.UNKNOWN_TYPE,
                    "unknown ce_type " + cloudEvent.getType(), null);
        }
        try {
            return cloudEvents.fromCloudEvent(cloudEvent);
        } catch (UnreadableEventException e) {
            throw new PoisonRecordException(PoisonRecordException.Reason.UNREADABLE_DATA, e.getMessage(), e);
        }
    }
}
