package dev.parley.timeline.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What a fault test finds on the timeline topic: each track's {@code ce_sequence} values in topic
 * order, duplicates included, read with a plain consumer from offset 0 to the current end.
 */
public final class TopicSequences {

    private TopicSequences() {
    }

    /** Track id to the sequences of its records, in the order they stand on the topic. */
    public static Map<String, List<Long>> read(String bootstrapServers, String topic) {
        Map<String, List<Long>> sequences = new LinkedHashMap<>();
        for (var record : records(bootstrapServers, topic)) {
            var sequence = record.headers().lastHeader("ce_sequence");
            sequences.computeIfAbsent(record.key(), key -> new ArrayList<>())
                    .add(Long.parseLong(new String(sequence.value(), StandardCharsets.UTF_8)));
        }
        return sequences;
    }

    /** Every record of the topic, each partition's in order, as a plain consumer receives them. */
    public static List<ConsumerRecord<String, byte[]>> records(String bootstrapServers, String topic) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** The sequences each at its first appearance: what a consumer that deduplicates applies, in order. */
    public static List<Long> firstAppearances(List<Long> sequences) {
        return sequences == null ? List.of() : sequences.stream().distinct().toList();
    }
}
