package dev.parley.timeline.query.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Sends records the projection can never read to the dead-letter topic, unchanged (key, value,
 * headers) plus Spring Kafka's standard {@code kafka_dlt-*} headers (original topic, partition,
 * offset, consumer group, exception message) and Parley's {@value #REASON_HEADER}. Each one is
 * counted in {@value #METRIC}, tagged with its reason. The send is awaited: the consumer stores
 * its position past a poison record only once the record is safely in the dead-letter topic.
 */
class DeadLetters {

    /** Records sent to the dead-letter topic, tagged {@code reason}. */
    static final String METRIC = "parley.projection.dead.letters";
    /** The short reason ({@code not-a-cloudevent}, {@code unknown-type}, {@code unreadable-data}). */
    static final String REASON_HEADER = "parley_dlt_reason";
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final String topic;
    private final DefaultKafkaProducerFactory<String, byte[]> producers;
    private final KafkaAdmin admin;
    private final DeadLetterPublishingRecoverer recoverer;
    private final MeterRegistry meters;
    private volatile boolean topicReady;

    DeadLetters(String topic, DefaultKafkaProducerFactory<String, byte[]> producers, KafkaAdmin admin, MeterRegistry meters) {
        this.topic = topic;
        this.producers = producers;
        this.admin = admin;
        this.meters = meters;
        // a negative partition lets the producer choose by key: the topic's partition count is its own
        this.recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producers),
                (record, failure) -> new TopicPartition(topic, -1));
        this.recoverer.setHeadersFunction((record, failure) -> new RecordHeaders().add(REASON_HEADER,
                ((PoisonRecordException) failure).reason().tag().getBytes(StandardCharsets.UTF_8)));
        // Meters exist from the start, so a dashboard shows 0 rather than nothing
        for (var reason : PoisonRecordException.Reason.values()) {
            counter(reason);
        }
    }

    /**
     * Sends the record and waits for the broker's acknowledgement.
     *
     * @throws RuntimeException when the dead-letter topic cannot be written; the caller retries
     */
    void send(ConsumerRecord<String, byte[]> record, Consumer<?, ?> consumer, PoisonRecordException poison) {
        ensureTopic();
        recoverer.accept(record, consumer, poison);
        counter(poison.reason()).increment();
        // offsets and the reason code only: the record may hold anything, and INFO/WARN logs carry no payloads
        log.warn("Dead-lettered {}-{}@{} to {}: {}", record.topic(), record.partition(), record.offset(), topic,
                poison.reason().tag());
    }

    private Counter counter(PoisonRecordException.Reason reason) {
        return meters.counter(METRIC, "reason", reason.tag());
    }

    /** Created on the first poison record, not at start-up, which must not wait for Kafka. */
    private void ensureTopic() {
        if (!topicReady) {
            // one partition is plenty for the odd poison record; the broker's default replication
            admin.createOrModifyTopics(new NewTopic(topic, Optional.of(1), Optional.empty()));
            topicReady = true;
        }
    }

    void close() {
        producers.destroy();
    }
}
