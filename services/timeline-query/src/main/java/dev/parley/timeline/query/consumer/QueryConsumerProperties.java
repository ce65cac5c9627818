package dev.parley.timeline.query.consumer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.timeline.query.*}: where the read side consumes from.
 *
 * @param topic the timeline topic (the same name the publisher uses)
 * @param consumerGroup the Kafka consumer group; positions live in the projection database
 */
@ConfigurationProperties("parley.timeline.query")
public record QueryConsumerProperties(String topic, String consumerGroup) {

    public QueryConsumerProperties {
        topic = topic == null ? "parley.timeline.events" : topic;
        consumerGroup = consumerGroup == null ? "parley-query" : consumerGroup;
    }
}
