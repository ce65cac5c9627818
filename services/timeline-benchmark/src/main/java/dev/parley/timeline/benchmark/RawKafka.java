package dev.parley.timeline.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * What the same broker does without Parley: a plain producer with the publisher's durability
 * ({@code acks=all}, idempotent) sending copies of Parley's own records (same keys' shape, values
 * and headers), and a plain consumer reading a topic from its start.
 */
final class RawKafka {

    private static final String RAW_TOPIC = "parley.benchmark.raw";
    private final String bootstrapServers;

    RawKafka(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The first records of a topic, as samples of Parley's record size and headers. */
    List<ConsumerRecord<byte[], byte[]>> sample(String topic, int records) {
        var samples = new ArrayList<ConsumerRecord<byte[], byte[]>>();
        readFromStart(topic, records, batch -> batch.forEach(record -> {
            if (samples.size() < records) {
                samples.add(record);
            }
        }));
        return samples;
    }

    /**
     * Sends {@code records} copies of the samples to a topic of its own with the topic's partitions,
     * batched as {@code batching} says; records/s.
     */
    ClosedLoop.Throughput produce(List<ConsumerRecord<byte[], byte[]>> samples, long records, int partitions, Batching batching)
            throws InterruptedException, ExecutionException {
        try (var admin = admin()) {
            deleteIfPresent(admin);
            admin.createTopics(Set.of(new NewTopic(RAW_TOPIC, partitions, (short) 1))).all().get();
        }
        var config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // the publisher's own linger (PublicationConfiguration): the same batching chance, no more
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putAll(batching.config);
        long start = System.nanoTime();
        try (var producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (long i = 0; i < records; i++) {
                var sample = samples.get((int) (i % samples.size()));
                var key = ("raw-track-" + (i % 1000)).getBytes(StandardCharsets.UTF_8);
                producer.send(new ProducerRecord<>(RAW_TOPIC, null, key, sample.value(), sample.headers()));
            }
            producer.flush();
        }
        var elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new ClosedLoop.Throughput(records, elapsed, new Latencies());
    }

    /** Reads {@code records} records of a topic from its start with a plain consumer; records/s. */
    ClosedLoop.Throughput consume(String topic, long records) {
        long start = System.nanoTime();
        long read = readFromStart(topic, records, batch -> { });
        return new ClosedLoop.Throughput(read, Duration.ofNanos(System.nanoTime() - start), new Latencies());
    }

    /** The sum of the topic's end offsets: how many records it has ever taken. */
    long endOffsets(String topic) {
        try (var consumer = consumer()) {
            var partitions = partitions(consumer, topic);
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    int partitionCount(String topic) {
        try (var consumer = consumer()) {
            return partitions(consumer, topic).size();
        }
    }

    void deleteRawTopic() throws InterruptedException, ExecutionException {
        try (var admin = admin()) {
            deleteIfPresent(admin);
        }
    }

    /** Reads from the start until {@code records} were read or the topic ends; hands every poll to the sink. */
    long readFromStart(String topic, long records, Consumer<ConsumerRecords<byte[], byte[]>> sink) {
        try (var consumer = consumer()) {
            var partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long available = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            long wanted = Math.min(records, available);
            long read = 0;
            while (read < wanted) {
                var batch = consumer.poll(Duration.ofSeconds(1));
                sink.accept(batch);
                read += batch.count();
            }
            return read;
        }
    }

    KafkaConsumer<byte[], byte[]> consumer() {
        var config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Parley's query consumer polls this many records at most: the same batches
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        return consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    private static void deleteIfPresent(Admin admin) throws InterruptedException, ExecutionException {
        if (!admin.listTopics().names().get().contains(RAW_TOPIC)) {
            return;
        }
        admin.deleteTopics(Set.of(RAW_TOPIC)).all().get();
        for (int i = 0; i < 100 && admin.listTopics().names().get().contains(RAW_TOPIC); i++) {
            Thread.sleep(100);
        }
    }

    /** How the raw producer fills its batches. */
    enum Batching {
        /** Kafka's defaults (16 KB, uncompressed): the plain producer the target compares with. */
        KAFKA_DEFAULTS(Map.of()),
        /** The publisher's own defaults (PublicationConfiguration): what the broker takes at best, batched as Parley batches. */
        PUBLISHERS(Map.of(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"));

        private final Map<String, Object> config;

        Batching(Map<String, Object> config) {
            this.config = config;
        }
    }
}
