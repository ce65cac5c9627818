package dev.parley.timeline.query.consumer;

import dev.parley.timeline.query.projection.TrackProjector;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every projection from offset 0 of the topic into fresh tables in a schema of their own
 * while reads go on against the live tables, then switches: the live consumer stops, the rebuild
 * reads the last few events, and one transaction moves the live tables out and the rebuilt ones
 * in (their positions included), before the live consumer starts again on them. Readers wait only
 * for that transaction. Nothing is lost if the rebuild fails: the live tables stay as they were.
 *
 * <p>The rebuild projects with a projector of its own, without the live projector's folded states
 * in memory: those are the live tables' states, not the rebuilt ones. Once the rebuilt tables are
 * live, the live projector forgets its states, since a rebuilt state may differ from the live one
 * at the same version.
 */
public class ProjectionRebuild {

    /** The tables of the read side, each rebuilt and switched together. */
    static final List<String> TABLES = List.of("track_view", "track_development", "development_version", "projection_offset");
    static final String REBUILD_SCHEMA = "parley_rebuild";
    static final String RETIRED_SCHEMA = "parley_retired";
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final QueryConsumerProperties properties;
    /** The live projector, whose folded states in memory are forgotten at the switch. */
    private final TrackProjector liveProjector;
    /** Projects into the rebuild's tables. */
    private final TrackProjector projector;
    private final ProjectionOffsets offsets;
    private final TimelineConsumer live;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final DeadLetters deadLetters;
    private final TopicRecordReader reader = new TopicRecordReader();
    private volatile RebuildProgress progress = RebuildProgress.none();

    ProjectionRebuild(Supplier<Consumer<String, byte[]>> consumers, QueryConsumerProperties properties,
            TrackProjector projector, ProjectionOffsets offsets, TimelineConsumer live, TransactionTemplate transaction,
            JdbcClient jdbc, DeadLetters deadLetters) {
        this.consumers = consumers;
        this.properties = properties;
        this.liveProjector = projector;
        this.projector = projector.withSeparateStateCache();
        this.offsets = offsets;
        this.live = live;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.deadLetters = deadLetters;
    }

    /**
     * Starts a rebuild in the background.
     *
     * @throws RebuildRunningException when one is already running
     */
    public synchronized RebuildProgress start() {
        if (progress.running()) {
            throw new RebuildRunningException();
        }
        progress = RebuildProgress.started(Instant.now());
        var worker = new Thread(this::run, "projection-rebuild");
        worker.setDaemon(true);
        worker.start();
        return progress;
    }

    public RebuildProgress progress() {
        return progress;
    }

    private void run() {
        boolean liveStopped = false;
        try (var kafka = consumers.get()) {
            // states kept from an earlier rebuild belong to tables that are gone
            projector.forgetFoldedStates();
            prepareSchema();
            var partitions = kafka.partitionsFor(properties.topic()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            var starts = kafka.beginningOffsets(partitions);
            readTo(kafka, kafka.endOffsets(partitions), starts);
            progress = progress.switching();
            live.stop();
            liveStopped = true;
            readTo(kafka, kafka.endOffsets(partitions), starts);
            switchTables();
            live.start();
            liveStopped = false;
            progress = progress.done(Instant.now());
            log.info("Projection rebuilt: {} events", progress.applied());
        } catch (RuntimeException e) {
            log.error("Projection rebuild failed; the live projection is unchanged", e);
            progress = progress.failed(Instant.now(), e.toString());
            dropSchema(REBUILD_SCHEMA);
            if (liveStopped) {
                live.start();
            }
        }
    }

    private void prepareSchema() {
        dropSchema(REBUILD_SCHEMA);
        jdbc.sql("CREATE SCHEMA " + REBUILD_SCHEMA).update();
        TABLES.forEach(table -> jdbc.sql("CREATE TABLE " + REBUILD_SCHEMA + "." + table + " (LIKE public." + table
                + " INCLUDING ALL)").update());
        // LIKE copies keys and indexes but not foreign keys
        jdbc.sql("ALTER TABLE " + REBUILD_SCHEMA + ".track_development ADD FOREIGN KEY (track_id) REFERENCES "
                + REBUILD_SCHEMA + ".track_view (track_id)").update();
        jdbc.sql("ALTER TABLE " + REBUILD_SCHEMA + ".development_version ADD FOREIGN KEY (event_id) REFERENCES "
                + REBUILD_SCHEMA + ".track_development (event_id)").update();
    }

    /** Applies every record up to {@code ends} into the rebuild schema, one transaction per poll. */
    private void readTo(Consumer<String, byte[]> kafka, Map<TopicPartition, Long> ends, Map<TopicPartition, Long> starts) {
        long total = ends.entrySet().stream().mapToLong(end -> end.getValue() - starts.getOrDefault(end.getKey(), 0L)).sum();
        progress = progress.total(total);
        while (ends.entrySet().stream().anyMatch(end -> kafka.position(end.getKey()) < end.getValue())) {
            var records = kafka.poll(POLL);
            if (records.isEmpty()) {
                continue;
            }
            transaction.executeWithoutResult(status -> {
                // every unqualified table name in this transaction means the rebuilt one
                jdbc.sql("SET LOCAL search_path TO " + REBUILD_SCHEMA + ", public").update();
                var next = new HashMap<TopicPartition, Long>();
                for (var record : records) {
                    try {
                        projector.apply(reader.read(record));
                    } catch (PoisonRecordException e) {
                        // the live consumer may not have reached it yet: dead-lettered here too, at least once
                        deadLetters.send(record, kafka, e);
                    }
                    next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                }
                // the poll's rows, one batch per table, still in the rebuild's schema
                projector.flush();
                offsets.save(properties.consumerGroup(), next);
            });
            long behind = ends.entrySet().stream().mapToLong(end -> end.getValue() - kafka.position(end.getKey())).sum();
            progress = progress.applied(records.count(), behind, Instant.now());
        }
    }

    private void switchTables() {
        transaction.executeWithoutResult(status -> {
            dropSchema(RETIRED_SCHEMA);
            jdbc.sql("CREATE SCHEMA " + RETIRED_SCHEMA).update();
            TABLES.forEach(table -> jdbc.sql("ALTER TABLE public." + table + " SET SCHEMA " + RETIRED_SCHEMA).update());
            TABLES.forEach(table -> jdbc.sql("ALTER TABLE " + REBUILD_SCHEMA + "." + table + " SET SCHEMA public").update());
        });
        // the live consumer is stopped: nothing folds a state of the retired tables until it starts again
        liveProjector.forgetFoldedStates();
        dropSchema(RETIRED_SCHEMA);
        dropSchema(REBUILD_SCHEMA);
    }

    private void dropSchema(String schema) {
        jdbc.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
    }

    /** A rebuild is already running; answered 409. */
    public static class RebuildRunningException extends RuntimeException {
        RebuildRunningException() {
            super("a projection rebuild is already running; follow its progress");
        }
    }
}
