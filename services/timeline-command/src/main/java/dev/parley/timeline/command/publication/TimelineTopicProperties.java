package dev.parley.timeline.command.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public topic: {@code parley.timeline.topic.*}.
 *
 * @param name the topic every event is published to
 * @param partitions partitions when Parley creates the topic; events of one track always share one
 * @param replicationFactor replicas when Parley creates the topic; null takes the broker's default
 */
@ConfigurationProperties("parley.timeline.topic")
public record TimelineTopicProperties(String name, Integer partitions, Short replicationFactor) {

    public static final String DEFAULT_NAME = "parley.timeline.events";

    public TimelineTopicProperties {
        name = name == null ? DEFAULT_NAME : name;
        partitions = partitions == null ? 6 : partitions;
    }
}
