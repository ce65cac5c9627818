package dev.parley.timeline.query.consumer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.timeline.query.*}: where the read side consumes from.
 *
 * @param topic the timeline topic (the same name the publisher uses)
 * @param consumerGroup the Kafka consumer group; positions live in the projection database
 * @param deadLetterTopic where records that are no readable Parley event go; the topic's name
 *     with {@code .dlt} appended unless set
 * @param rebuildReaders how many consumers, each with a database connection of its own, a rebuild
 *     reads the topic's partitions with; 2 unless set
 */
@ConfigurationProperties("parley.timeline.query")
public record QueryConsumerProperties(String topic, String consumerGroup, String deadLetterTopic, Integer rebuildReaders) {

    public QueryConsumerProperties {
        topic = topic == null ? "parley.timeline.events" : topic;
        consumerGroup = consumerGroup == null ? "parley-query" : consumerGroup;
        deadLetterTopic = deadLetterTopic == null ? topic + ".dlt" : deadLetterTopic;
        rebuildReaders = rebuildReaders == null ? 2 : rebuildReaders;
        if (rebuildReaders < 1) {
            throw new IllegalArgumentException("parley.timeline.query.rebuild-readers must be at least 1, was " + rebuildReaders);
        }
    }
}
