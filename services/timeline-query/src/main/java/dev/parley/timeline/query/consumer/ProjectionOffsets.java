package dev.parley.timeline.query.consumer;

import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consumer's position per partition, kept in the projection database rather than in Kafka. */
@Repository
class ProjectionOffsets {

    private final JdbcClient jdbc;

    ProjectionOffsets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> nextOffset(String group, TopicPartition partition) {
        return jdbc.sql("""
                        SELECT next_offset FROM projection_offset
                        WHERE consumer_group = ? AND topic = ? AND partition_id = ?""")
                .params(group, partition.topic(), partition.partition())
                .query(Long.class)
                .optional();
    }

    void save(String group, Map<TopicPartition, Long> nextOffsets) {
        nextOffsets.forEach((partition, next) -> jdbc.sql("""
                        INSERT INTO projection_offset (consumer_group, topic, partition_id, next_offset)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (consumer_group, topic, partition_id) DO UPDATE SET next_offset = EXCLUDED.next_offset""")
                .params(group, partition.topic(), partition.partition(), next)
                .update());
    }
}
