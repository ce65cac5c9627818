package dev.parley.timeline.query.consumer;

import dev.parley.timeline.query.projection.TrackProjector;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class ConsumerConfiguration {

    /** The read side keeps its own migration history, independent of the write side's. */
    @Bean(initMethod = "migrate")
    Flyway querySchemaMigration(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/query")
                .table("flyway_history_query")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /** Depends on the migration so the consumer never starts against missing tables. */
    @Bean
    TimelineConsumer timelineConsumer(KafkaProperties kafka, QueryConsumerProperties properties,
            TrackProjector projector, ProjectionOffsets offsets, ProjectionHealth health,
            TransactionTemplate transaction, DeadLetters deadLetters, MeterRegistry meters, Flyway querySchemaMigration) {
        var config = consumerConfig(kafka, properties.consumerGroup());
        return new TimelineConsumer(() -> new KafkaConsumer<String, byte[]>(config), properties, projector,
                offsets, health, transaction, deadLetters, meters);
    }

    /** Its own producer (raw bytes, not CloudEvents), closed with the context. */
    @Bean(destroyMethod = "close")
    DeadLetters deadLetters(KafkaProperties kafka, QueryConsumerProperties properties, KafkaAdmin admin, MeterRegistry meters) {
        Map<String, Object> config = kafka.buildProducerProperties(null);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new DeadLetters(properties.deadLetterTopic(), new DefaultKafkaProducerFactory<>(config), admin, meters);
    }

    /** Rebuilds read the topic with partitions assigned, not subscribed: the group only names them in logs. */
    @Bean
    ProjectionRebuild projectionRebuild(KafkaProperties kafka, QueryConsumerProperties properties, TrackProjector projector,
            ProjectionOffsets offsets, TimelineConsumer live, TransactionTemplate transaction, JdbcClient jdbc,
            DeadLetters deadLetters) {
        var config = consumerConfig(kafka, properties.consumerGroup() + "-rebuild");
        return new ProjectionRebuild(() -> new KafkaConsumer<String, byte[]>(config), properties, projector, offsets, live,
                transaction, jdbc, deadLetters);
    }

    static Map<String, Object> consumerConfig(KafkaProperties kafka, String group) {
        Map<String, Object> config = kafka.buildConsumerProperties(null);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        // positions live in the projection database, committed with the data
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // the write side creates the topic with infinite retention; a subscription must not create it first
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        // raw bytes: each record is read on its own, so one unreadable record can be dead-lettered alone
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }
}
