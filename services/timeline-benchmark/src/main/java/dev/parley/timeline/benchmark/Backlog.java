package dev.parley.timeline.benchmark;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backlog of stored events that Parley has not published yet, as after an outage of Kafka or of
 * the publisher: copies of a track Parley recorded, each under a track id of its own with fresh
 * event ids, committed into the event store in one transaction. From that commit on, the publisher
 * works through the backlog and the projection follows it; both are timed until done.
 */
final class Backlog {

    private static final Logger log = LoggerFactory.getLogger(Backlog.class);
    private static final Duration POLL = Duration.ofMillis(250);

    // jsonb_set keeps the payload a valid event of the new track: its own track id and event id
    private static final String COPY = """
            INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                payload_type, payload_revision, payload, meta_data)
            SELECT gen_random_uuid()::text, 'backlog-' || copy, e.sequence_number, e.type, e.time_stamp,
                e.payload_type, e.payload_revision,
                convert_to(jsonb_set(jsonb_set(convert_from(e.payload, 'UTF8')::jsonb,
                    '{metadata,trackId}', to_jsonb('backlog-' || copy)),
                    '{metadata,eventId}', to_jsonb(gen_random_uuid()::text))::text, 'UTF8'),
                e.meta_data
            FROM generate_series(1, ?) AS copy
            CROSS JOIN (SELECT * FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number < ?) e
            ORDER BY copy, e.sequence_number""";

    private final String jdbcUrl;
    private final RawKafka kafka;
    private final String topic;
    private final String consumerGroup;

    Backlog(String jdbcUrl, RawKafka kafka, String topic, String consumerGroup) {
        this.jdbcUrl = jdbcUrl;
        this.kafka = kafka;
        this.topic = topic;
        this.consumerGroup = consumerGroup;
    }

    /**
     * @param published commit of the backlog → every event of it on the topic
     * @param projected commit of the backlog → the query side's positions at the topic's end
     */
    record Result(long events, Duration stored, Duration published, Duration projected) {

        double publishedPerSecond() {
            return events / (published.toNanos() / 1e9);
        }

        double projectedPerSecond() {
            return events / (projected.toNanos() / 1e9);
        }
    }

    Result storeAndFollow(String templateTrack, int eventsPerTrack, int tracks, Duration timeout)
            throws SQLException, InterruptedException {
        long topicBefore = kafka.endOffsets(topic);
        long start = System.nanoTime();
        long events;
        try (var connection = DriverManager.getConnection(jdbcUrl); var copy = connection.prepareStatement(COPY)) {
            copy.setInt(1, tracks);
            copy.setString(2, templateTrack);
            copy.setInt(3, eventsPerTrack);
            events = copy.executeUpdate();
        }
        long committed = System.nanoTime();
        log.info("Stored a backlog of {} events in {} s; following publication and projection", events,
                (committed - start) / 1_000_000_000);
        long deadline = committed + timeout.toNanos();
        long published = 0;
        long topicEnd = 0;
        while (true) {
            if (published == 0) {
                topicEnd = kafka.endOffsets(topic);
                if (topicEnd >= topicBefore + events) {
                    published = System.nanoTime();
                }
            }
            if (published != 0 && projectedPositions() >= topicEnd) {
                return new Result(events, Duration.ofNanos(committed - start), Duration.ofNanos(published - committed),
                        Duration.ofNanos(System.nanoTime() - committed));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the backlog was not published and projected within " + timeout);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** The sum of the query side's next offsets: equal to the topic's end offsets once it has applied everything. */
    private long projectedPositions() throws SQLException {
        try (var connection = DriverManager.getConnection(jdbcUrl);
                var positions = connection.prepareStatement(
                        "SELECT COALESCE(SUM(next_offset), 0) FROM projection_offset WHERE consumer_group = ? AND topic = ?")) {
            positions.setString(1, consumerGroup);
            positions.setString(2, topic);
            try (var rows = positions.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
