package dev.parley.timeline.query.consumer;

import dev.parley.timeline.query.projection.TrackProjector;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * <p>{@code parley.timeline.query.rebuild-readers} consumers (2 by default) share the partitions,
 * each on a thread and a database connection of its own; the first to fail stops the others.
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
    private static final int SLICE_RECORDS = 20_000;
    private static final Duration SLICE_TIME = Duration.ofSeconds(2);
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
    /** Records each reader still had to read at its last slice. */
    private final Map<Consumer<String, byte[]>, Long> behind = new ConcurrentHashMap<>();

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
        var readers = new ArrayList<Consumer<String, byte[]>>();
        try {
            // states kept from an earlier rebuild belong to tables that are gone
            projector.forgetFoldedStates();
            prepareSchema();
            behind.clear();
            assignReaders(readers);
            readAll(readers, endsOf(readers));
            progress = progress.switching();
            live.stop();
            liveStopped = true;
            readAll(readers, endsOf(readers));
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
        } finally {
            readers.forEach(Consumer::close);
        }
    }

    /**
     * Consumers that share the topic's partitions between them, each at its partitions' start. Each
     * reads into the rebuild's tables on a thread and a connection of its own: one connection's
     * backend was the rebuild's limit. A track's events are all in one partition, so no two readers
     * ever write the same track.
     */
    private void assignReaders(List<Consumer<String, byte[]>> readers) {
        var first = consumers.get();
        readers.add(first);
        var partitions = first.partitionsFor(properties.topic()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        int count = Math.max(1, Math.min(properties.rebuildReaders(), partitions.size()));
        while (readers.size() < count) {
            readers.add(consumers.get());
        }
        var assigned = new ArrayList<List<TopicPartition>>();
        for (int i = 0; i < partitions.size(); i++) {
            if (i < count) {
                assigned.add(new ArrayList<>());
            }
            assigned.get(i % count).add(partitions.get(i));
        }
        for (int i = 0; i < count; i++) {
            readers.get(i).assign(assigned.get(i));
            readers.get(i).seekToBeginning(assigned.get(i));
        }
    }

    private static Map<TopicPartition, Long> endsOf(List<Consumer<String, byte[]>> readers) {
        var ends = new HashMap<TopicPartition, Long>();
        readers.forEach(reader -> ends.putAll(reader.endOffsets(reader.assignment())));
        return ends;
    }

    /** Each reader reads its partitions up to {@code ends} on a thread of its own; the first failure fails them all. */
    private void readAll(List<Consumer<String, byte[]>> readers, Map<TopicPartition, Long> ends) {
        long firsts = readers.stream().mapToLong(reader -> reader.beginningOffsets(reader.assignment()).values().stream()
                .mapToLong(Long::longValue).sum()).sum();
        progress = progress.total(ends.values().stream().mapToLong(Long::longValue).sum() - firsts);
        var failed = new AtomicBoolean();
        var threads = new ArrayList<CompletableFuture<Void>>();
        for (int i = 0; i < readers.size(); i++) {
            var reader = readers.get(i);
            var name = "projection-rebuild-" + i;
            threads.add(CompletableFuture.runAsync(() -> {
                try {
                    readTo(reader, ends, failed);
                } catch (RuntimeException e) {
                    failed.set(true);
                    throw e;
                }
            }, task -> {
                var thread = new Thread(task, name);
                thread.setDaemon(true);
                thread.start();
            }));
        }
        try {
            CompletableFuture.allOf(threads.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
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

    /**
     * Applies every record up to {@code ends} into the rebuild schema, one transaction per slice of
     * polls. A slice ends after {@value #SLICE_RECORDS} records or {@link #SLICE_TIME}: each
     * transaction rewrites the folded state of every track it touched, some 0.5 MB of JSON for a
     * track of 1,000 events, so one transaction per poll rewrote the same states again and again.
     * Slices cost nothing in safety here: a failed rebuild drops its schema whatever it committed.
     */
    private void readTo(Consumer<String, byte[]> kafka, Map<TopicPartition, Long> ends, AtomicBoolean failed) {
        while (behind(kafka, ends) > 0) {
            if (failed.get()) {
                throw new IllegalStateException("another reader of the rebuild failed");
            }
            int applied = transaction.execute(status -> applySlice(kafka, ends));
            recordProgress(applied, kafka, behind(kafka, ends));
        }
    }

    /** Progress is shared by the readers; each knows only how far behind its own partitions are. */
    private synchronized void recordProgress(int applied, Consumer<String, byte[]> reader, long readerBehind) {
        behind.put(reader, readerBehind);
        progress = progress.applied(applied, behind.values().stream().mapToLong(Long::longValue).sum(), Instant.now());
    }

    /** Polls and applies records until the slice is full or {@code ends} are reached; returns how many. */
    private int applySlice(Consumer<String, byte[]> kafka, Map<TopicPartition, Long> ends) {
        // every unqualified table name in this transaction means the rebuilt one
        jdbc.sql("SET LOCAL search_path TO " + REBUILD_SCHEMA + ", public").update();
        var next = new HashMap<TopicPartition, Long>();
        long deadline = System.nanoTime() + SLICE_TIME.toNanos();
        int applied = 0;
        do {
            for (var record : kafka.poll(POLL)) {
                try {
                    projector.apply(reader.read(record));
                } catch (PoisonRecordException e) {
                    // the live consumer may not have reached it yet: dead-lettered here too, at least once
                    deadLetters.send(record, kafka, e);
                }
                next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                applied++;
            }
        } while (applied < SLICE_RECORDS && System.nanoTime() < deadline && behind(kafka, ends) > 0);
        // the slice's rows, one batch per table, still in the rebuild's schema
        projector.flush();
        offsets.save(properties.consumerGroup(), next);
        return applied;
    }

    private static long behind(Consumer<String, byte[]> kafka, Map<TopicPartition, Long> ends) {
        return kafka.assignment().stream().mapToLong(partition -> Math.max(0, ends.getOrDefault(partition, 0L)
                - kafka.position(partition))).sum();
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
