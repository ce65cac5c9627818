package dev.parley.timeline.query.consumer;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consumer's position per partition, kept in the projection database rather than in Kafka. */
@Repository
class ProjectionOffsets {

    private static final int[] TYPES = {Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.BIGINT};

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    ProjectionOffsets(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    Optional<Long> nextOffset(String group, TopicPartition partition) {
        return jdbc.sql("""
                        SELECT next_offset FROM projection_offset
                        WHERE consumer_group = ? AND topic = ? AND partition_id = ?""")
                .params(group, partition.topic(), partition.partition())
                .query(Long.class)
                .optional();
    }

    /** One batch for all partitions, in the caller's transaction. */
    void save(String group, Map<TopicPartition, Long> nextOffsets) {
        if (nextOffsets.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(nextOffsets.size());
        nextOffsets.forEach((partition, next) -> rows.add(new Object[] {group, partition.topic(), partition.partition(), next}));
        batches.batchUpdate("""
                        INSERT INTO projection_offset (consumer_group, topic, partition_id, next_offset)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (consumer_group, topic, partition_id) DO UPDATE SET next_offset = EXCLUDED.next_offset""",
                rows, TYPES);
    }
}
