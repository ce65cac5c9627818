package dev.parley.timeline.query.consumer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.timeline.query.*}: where the read side consumes from.
 *
 * @param topic the timeline topic (the same name the publisher uses)
 * @param consumerGroup the Kafka consumer group; positions live in the projection database
 * @param deadLetterTopic where records that are no readable Parley event go; the topic's name
 *     with {@code .dlt} appended unless set
 */
@ConfigurationProperties("parley.timeline.query")
public record QueryConsumerProperties(String topic, String consumerGroup, String deadLetterTopic) {

    public QueryConsumerProperties {
        topic = topic == null ? "parley.timeline.events" : topic;
        consumerGroup = consumerGroup == null ? "parley-query" : consumerGroup;
        deadLetterTopic = deadLetterTopic == null ? topic + ".dlt" : deadLetterTopic;
    }
}
