package dev.parley.timeline.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * The least a projection rebuild must do, without Parley: read the topic from its start with a
 * plain consumer and insert one row per record, a poll's records per transaction, into a table
 * built like {@code track_development} (same columns, keys and indexes), the record's JSON stored
 * as JSONB. Parley also folds each track's state and keeps the development versions; this does not.
 */
final class RawProjection {

    private static final String TABLE = "parley_benchmark.raw_development";
    private static final String INSERT = "INSERT INTO " + TABLE + " (event_id, track_id, sequence, type, occurred_at,"
            + " occurred_at_precision, recorded_at, confidence, sources, event)"
            + " VALUES (?::uuid, ?, ?, ?, ?, 'instant', ?, 'reported', '[]', ?::jsonb) ON CONFLICT DO NOTHING";

    private final RawKafka kafka;
    private final String jdbcUrl;

    RawProjection(RawKafka kafka, String jdbcUrl) {
        this.kafka = kafka;
        this.jdbcUrl = jdbcUrl;
    }

    /** Reads the whole topic into a fresh table; records/s. */
    ClosedLoop.Throughput rebuild(String topic) throws SQLException {
        try (var connection = RawPostgres.connect(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true")) {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS parley_benchmark");
                statement.execute("DROP TABLE IF EXISTS " + TABLE);
                statement.execute("CREATE TABLE " + TABLE + " (LIKE public.track_development INCLUDING CONSTRAINTS INCLUDING INDEXES)");
            }
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement(INSERT)) {
                long start = System.nanoTime();
                long read = kafka.readFromStart(topic, Long.MAX_VALUE, batch -> insertAll(connection, insert, batch));
                return new ClosedLoop.Throughput(read, Duration.ofNanos(System.nanoTime() - start), new Latencies());
            }
        }
    }

    private static void insertAll(Connection connection, PreparedStatement insert, ConsumerRecords<byte[], byte[]> batch) {
        try {
            for (var record : batch) {
                insert.setString(1, header(record, "ce_id"));
                insert.setString(2, new String(record.key(), StandardCharsets.UTF_8));
                insert.setLong(3, Long.parseLong(header(record, "ce_sequence")));
                insert.setString(4, header(record, "ce_type"));
                insert.setTimestamp(5, Timestamp.from(Instant.parse(header(record, "ce_time"))));
                insert.setTimestamp(6, Timestamp.from(Instant.parse(header(record, "ce_recordedtime"))));
                insert.setString(7, new String(record.value(), StandardCharsets.UTF_8));
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("the raw projection's insert failed", e);
        }
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        if (header == null) {
            throw new IllegalStateException("record at offset " + record.offset() + " has no " + name + " header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
