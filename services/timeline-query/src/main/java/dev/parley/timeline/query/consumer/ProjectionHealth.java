package dev.parley.timeline.query.consumer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports partitions the projection had to stop on (a sequence gap or an unreadable record), so a
 * stalled read model shows in {@code /actuator/health} instead of silently serving old answers.
 */
@Component("projection")
public class ProjectionHealth implements HealthIndicator {

    private final Map<TopicPartition, String> stalled = new ConcurrentHashMap<>();

    void stall(TopicPartition partition, String reason) {
        stalled.put(partition, reason);
    }

    void resume(TopicPartition partition) {
        stalled.remove(partition);
    }

    public Map<TopicPartition, String> stalledPartitions() {
        return Map.copyOf(stalled);
    }

    @Override
    public Health health() {
        if (stalled.isEmpty()) {
            return Health.up().build();
        }
        var details = Health.down();
        stalled.forEach((partition, reason) -> details.withDetail(partition.toString(), reason));
        return details.build();
    }
}
