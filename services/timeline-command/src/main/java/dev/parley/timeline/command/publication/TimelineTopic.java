package dev.parley.timeline.command.publication;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * The timeline topic, created when missing with infinite retention because it is the replayable
 * public log. It is checked at start-up and again before the first publication, so a broker that
 * was down at start-up (and might auto-create the topic with its own defaults on the first send)
 * never receives an event before the topic exists as Parley wants it.
 *
 * <p>An existing topic is never changed: adding partitions would move tracks to other partitions
 * and break per-track order for every consumer, so a differing partition count or a finite
 * retention is only reported. (Spring's {@code KafkaAdmin} would add the partitions, hence this
 * class.)
 */
@Component
class TimelineTopic implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TimelineTopic.class);
    private static final long TIMEOUT_SECONDS = 30;
    private static final String FOREVER = "-1";

    private final KafkaProperties kafka;
    private final TimelineTopicProperties topic;
    private volatile boolean ready;

    TimelineTopic(KafkaProperties kafka, TimelineTopicProperties topic) {
        this.kafka = kafka;
        this.topic = topic;
    }

    String name() {
        return topic.name();
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            ensureExists();
        } catch (IllegalStateException e) {
            // the event store stays the source of truth: commands are accepted, publication waits
            log.warn("{}; publication waits until Kafka answers", e.getMessage());
        }
    }

    /**
     * Returns once the topic exists; cheap after the first success.
     *
     * @throws IllegalStateException when Kafka cannot be reached or refuses
     */
    void ensureExists() {
        if (ready) {
            return;
        }
        try (var admin = Admin.create(kafka.buildAdminProperties(null))) {
            describe(admin).ifPresentOrElse(existing -> report(admin, existing), () -> create(admin));
            ready = true;
        }
    }

    private Optional<TopicDescription> describe(Admin admin) {
        try {
            return Optional.of(await(admin.describeTopics(List.of(topic.name())).allTopicNames()).get(topic.name()));
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void report(Admin admin, TopicDescription existing) {
        int partitions = existing.partitions().size();
        if (partitions != topic.partitions()) {
            log.warn("Topic {} has {} partitions, configured {}; an existing topic is never changed",
                    topic.name(), partitions, topic.partitions());
        }
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
        try {
            var retention = await(admin.describeConfigs(List.of(resource)).all()).get(resource)
                    .get(TopicConfig.RETENTION_MS_CONFIG);
            if (retention != null && !FOREVER.equals(retention.value())) {
                log.warn("Topic {} deletes records after {} ms: as the replayable public log it should keep them "
                        + "(retention.ms=-1)", topic.name(), retention.value());
            }
        } catch (IllegalStateException e) {
            // a producer's principal often may not read topic configs; the topic exists, so publish anyway
            log.warn("Retention of topic {} cannot be checked: {}", topic.name(), e.getMessage());
        }
    }

    private void create(Admin admin) {
        var newTopic = new NewTopic(topic.name(), Optional.of(topic.partitions()), Optional.ofNullable(topic.replicationFactor()))
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, FOREVER));
        try {
            await(admin.createTopics(List.of(newTopic)).all());
            log.info("Created topic {} with {} partitions", topic.name(), topic.partitions());
        } catch (IllegalStateException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private <T> T await(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Topic " + topic.name() + " cannot be checked or created: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Topic " + topic.name() + " cannot be checked or created: Kafka did not "
                    + "answer within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking topic " + topic.name(), e);
        }
    }
}
