package dev.parley.timeline.command.publication;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Creates the timeline topic at start-up when it is missing, with infinite retention because it is
 * the replayable public log. An existing topic is never changed: adding partitions would move
 * tracks to other partitions and break per-track order for every consumer, so a differing count
 * is only reported. (Spring's {@code KafkaAdmin} would add the partitions, hence this class.)
 */
@Component
class TimelineTopicCreator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TimelineTopicCreator.class);
    private static final long TIMEOUT_SECONDS = 30;

    private final KafkaProperties kafka;
    private final TimelineTopicProperties topic;

    TimelineTopicCreator(KafkaProperties kafka, TimelineTopicProperties topic) {
        this.kafka = kafka;
        this.topic = topic;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try (var admin = Admin.create(kafka.buildAdminProperties(null))) {
            createIfMissing(admin);
        } catch (ExecutionException | TimeoutException e) {
            // the event store stays the source of truth: commands are accepted, publication retries
            log.warn("Could not check or create topic {} ({}); publication retries until Kafka answers",
                    topic.name(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void createIfMissing(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        try {
            var existing = admin.describeTopics(List.of(topic.name())).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic.name());
            int partitions = existing.partitions().size();
            if (partitions != topic.partitions()) {
                log.warn("Topic {} has {} partitions, configured {}; an existing topic is never changed",
                        topic.name(), partitions, topic.partitions());
            }
            return;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                throw e;
            }
        }
        var newTopic = new NewTopic(topic.name(), Optional.of(topic.partitions()), Optional.ofNullable(topic.replicationFactor()))
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
        try {
            admin.createTopics(List.of(newTopic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            log.info("Created topic {} with {} partitions", topic.name(), topic.partitions());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
