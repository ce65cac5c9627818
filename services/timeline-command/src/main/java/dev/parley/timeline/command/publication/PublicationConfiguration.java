package dev.parley.timeline.command.publication;

import dev.parley.timeline.contract.cloudevents.TimelineCloudEvents;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publication of stored events to Kafka: an Axon tracking processor whose token lives in
 * PostgreSQL reads the event store in commit order and sends each event as a CloudEvent keyed by
 * track id. The producer settings that make delivery safe are fixed here, not left to
 * configuration.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimelineTopicProperties.class)
public class PublicationConfiguration {

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

    /**
     * One segment keeps the processor in global commit order. A failure to publish must stop the
     * processor and retry, never skip an event, so handler errors propagate instead of being logged.
     * A batch's sends are pipelined and awaited together, then its token is stored: bigger batches
     * mean fewer of those round trips behind a backlog, and more events sent again after a crash.
     */
    @Autowired
    void configurePublisher(EventProcessingConfigurer processing,
            @Value("${parley.publication.batch-size:1000}") int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("parley.publication.batch-size must be at least 1, was " + batchSize);
        }
        processing.registerTrackingEventProcessor(KafkaEventPublisher.PROCESSING_GROUP,
                        configuration -> configuration.eventStore(),
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(batchSize))
                .registerListenerInvocationErrorHandler(KafkaEventPublisher.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
