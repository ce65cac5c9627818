package dev.parley.timeline.command.publication;

import dev.parley.timeline.contract.cloudevents.TimelineCloudEvents;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publication of stored events to Kafka: a relay ({@link PublicationRelay}) whose position lives
 * in PostgreSQL reads the event store in commit order and sends each event as a CloudEvent keyed
 * by track id. The producer settings that make delivery safe are fixed here, not left to
 * configuration; those that only make it faster are defaults that {@code spring.kafka.producer.*}
 * overrides.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimelineTopicProperties.class)
public class PublicationConfiguration {

    /** The publisher's producer batches, unless {@code spring.kafka.producer.batch-size} says otherwise. */
    private static final int PUBLISHER_BATCH_BYTES = 128 * 1024;
    /** Its compression, unless {@code spring.kafka.producer.compression-type} says otherwise. */
    private static final String PUBLISHER_COMPRESSION = "lz4";
    private static final Logger log = LoggerFactory.getLogger(PublicationConfiguration.class);

    /** A bean so the context closes its producer before the broker goes away. */
    @Bean
    DefaultKafkaProducerFactory<String, CloudEvent> timelineProducerFactory(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties(null);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // retries never reorder or duplicate within a partition, so per-track order holds
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        // fewer, fuller appends: a broker that flushes each append to disk (as the standalone's does) takes
        // a backlog at twice the rate with batches of 128 KB, compressed, than with 16 KB ones (docs/performance.md)
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, PUBLISHER_BATCH_BYTES);
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, PUBLISHER_COMPRESSION);
        return new DefaultKafkaProducerFactory<>(config);
    }

    @Bean
    KafkaTemplate<String, CloudEvent> timelineKafkaTemplate(DefaultKafkaProducerFactory<String, CloudEvent> producers) {
        return new KafkaTemplate<>(producers);
    }

    @Bean
    TimelineCloudEvents timelineCloudEvents() {
        return new TimelineCloudEvents();
    }

    @Bean
    CommitSignal publicationCommitSignal(EventStore eventStore) {
        var signal = new CommitSignal();
        eventStore.subscribe(signal::eventsPublished);
        return signal;
    }

    /**
     * Up to {@code parley.publication.max-unacknowledged} events may be on their way to the broker
     * at once: enough to keep the producer's batches full behind a backlog, and the most that is
     * sent again after a crash or a refused send, beyond the half second between stored positions.
     */
    @Bean
    PublicationRelay publicationRelay(EventStorageEngine storage, Serializer serializer, TokenStore tokens,
            TransactionManager transactions, CommitSignal commits, KafkaTemplate<String, CloudEvent> kafka,
            TimelineCloudEvents cloudEvents, TimelineTopic topic,
            @Value("${parley.publication.max-unacknowledged:5000}") int maxUnacknowledged,
            @Value("${parley.publication.batch-size:}") String retiredBatchSize) {
        if (!retiredBatchSize.isBlank()) {
            log.warn("parley.publication.batch-size is no longer read: the publisher does not work in batches; "
                    + "parley.publication.max-unacknowledged ({}) bounds the sends awaiting Kafka", maxUnacknowledged);
        }
        // the engine's own serializer hands out stored JSON untouched; another would read and write it again
        var eventSerializer = storage instanceof AbstractEventStorageEngine engine ? engine.getEventSerializer() : serializer;
        return new PublicationRelay(storage, eventSerializer, new PublisherToken(tokens, transactions, storage), commits,
                kafka, cloudEvents, topic, maxUnacknowledged);
    }

    @Bean
    PublicationBacklog publicationBacklog(PublicationRelay relay, JdbcClient jdbc, Clock clock) {
        return new PublicationBacklog(relay::storedIndex, jdbc, clock);
    }
}
