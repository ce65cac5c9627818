package dev.parley.timeline.query.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.timeline.contract.track.ParticipantJoined;
import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.TrackEventType;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.query.QueryTestApplication;
import dev.parley.timeline.query.TopicFedTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Records on the timeline topic that are no Parley event go to the dead-letter topic with their
 * reason, are counted, and the events behind them on the same partition are still applied.
 */
@SpringBootTest(classes = QueryTestApplication.class)
class PoisonRecordTest extends TopicFedTest {

    private static final TrackId TRACK = new TrackId("poisoned-partition");
    private static final String JOINED_TYPE = TrackEventType.of(ParticipantJoined.class).cloudEventType();

    @Autowired
    ProjectionHealth health;

    @Autowired
    QueryConsumerProperties properties;

    @Autowired
    MeterRegistry meters;

    @Test
    void poisonRecordsAreDeadLetteredWithTheirReasonAndTheEventsBehindThemAreApplied() throws Exception {
        try (var writer = topicWriter()) {
            writer.publish(SampleEvents.announced(TRACK));
        }
        // one key, so every record lands on the partition of the track's events, between them
        var poison = List.of(
                raw(Map.of(), "{\"hello\": \"world\"}"),
                raw(Map.of("ce_specversion", "1.0", "ce_source", "/tracks/" + TRACK.value(), "ce_type", JOINED_TYPE),
                        "{}"),
                raw(Map.of("ce_specversion", "9.9", "ce_id", "p-3", "ce_source", "/x", "ce_type", JOINED_TYPE), "{}"),
                raw(cloudEventHeaders("p-4", "dev.parley.timeline.alien-landed.v1"), "{}"),
                raw(cloudEventHeaders("p-5", JOINED_TYPE), "{not json"),
                raw(cloudEventHeaders("p-6", JOINED_TYPE), "{\"metadata\": 42}"));
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (var record : poison) {
                producer.send(record).get(30, TimeUnit.SECONDS);
            }
        }
        try (var writer = topicWriter()) {
            writer.publish(SampleEvents.joined(TRACK, 2));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(version(TRACK)).isEqualTo(2));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        var deadLetters = readDeadLetters(poison.size());
        assertThat(deadLetters).as("dead-letter topic").hasSize(poison.size());
        assertThat(deadLetters).extracting(record -> header(record, DeadLetters.REASON_HEADER)).containsExactly(
                "not-a-cloudevent", "not-a-cloudevent", "not-a-cloudevent", "unknown-type", "unreadable-data",
                "unreadable-data");
        assertThat(deadLetters).extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                .as("values unchanged").containsExactly("{\"hello\": \"world\"}", "{}", "{}", "{}", "{not json",
                        "{\"metadata\": 42}");
        assertThat(deadLetters).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(TRACK.value());
            assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo(topic);
            assertThat(header(record, "kafka_dlt-exception-message")).isNotBlank();
        });
        assertThat(header(deadLetters.get(3), "kafka_dlt-exception-message")).contains("alien-landed");
        assertThat(header(deadLetters.get(3), "ce_id")).as("original headers kept").isEqualTo("p-4");

        assertThat(deadLetterCount("not-a-cloudevent")).isEqualTo(3);
        assertThat(deadLetterCount("unknown-type")).isEqualTo(1);
        assertThat(deadLetterCount("unreadable-data")).isEqualTo(2);
    }

    private ProducerRecord<String, byte[]> raw(Map<String, String> headers, String value) {
        var recordHeaders = new RecordHeaders();
        headers.forEach((name, headerValue) -> recordHeaders.add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(topic, null, TRACK.value(), value.getBytes(StandardCharsets.UTF_8), recordHeaders);
    }

    private Map<String, String> cloudEventHeaders(String id, String type) {
        return Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", "/tracks/" + TRACK.value(), "ce_type", type,
                "content-type", "application/json");
    }

    private List<ConsumerRecord<String, byte[]>> readDeadLetters(int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            var partition = new TopicPartition(properties.deadLetterTopic(), 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private double deadLetterCount(String reason) {
        return meters.counter(DeadLetters.METRIC, "reason", reason).count();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
