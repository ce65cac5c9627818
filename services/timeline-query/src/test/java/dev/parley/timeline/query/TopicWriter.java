package dev.parley.timeline.query;

import dev.parley.timeline.contract.cloudevents.TimelineCloudEvents;
import dev.parley.timeline.contract.track.TrackEvent;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes events to a test's topic as the write side would, so the read side is tested alone. */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, CloudEvent> producer;
    private final String topic;
    private final TimelineCloudEvents cloudEvents = new TimelineCloudEvents();

    public TopicWriter(String bootstrapServers, String topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class));
    }

    public void publish(TrackEvent... events) {
        for (var event : events) {
            send(new ProducerRecord<>(topic, event.trackId().value(), cloudEvents.toCloudEvent(event)));
        }
    }

    public void send(ProducerRecord<String, CloudEvent> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("test publication failed", e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
