package dev.parley.timeline.query.consumer;

import dev.parley.timeline.query.projection.SequenceGapException;
import dev.parley.timeline.query.projection.TrackProjector;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consumes the timeline topic into the projections. Each polled batch is applied in one database
 * transaction together with the partitions' next offsets, so after any crash the consumer resumes
 * exactly where the projection stands: nothing skipped, nothing applied twice. Kafka's committed
 * offsets are written afterwards only so lag tools can see progress.
 */
public class TimelineConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TimelineConsumer.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(1);
    /** Events the projection applied, or recognised as already applied, tagged {@code outcome}. */
    public static final String EVENTS_METRIC = "parley.projection.events";

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final QueryConsumerProperties properties;
    private final TrackProjector projector;
    private final ProjectionOffsets offsets;
    private final ProjectionHealth health;
    private final TransactionTemplate transaction;
    private final DeadLetters deadLetters;
    private final TopicRecordReader reader = new TopicRecordReader();
    private final Counter applied;
    private final Counter redelivered;

    private volatile boolean running;
    private volatile Consumer<String, byte[]> consumer;
    private Thread worker;

    public TimelineConsumer(Supplier<Consumer<String, byte[]>> consumers, QueryConsumerProperties properties,
            TrackProjector projector, ProjectionOffsets offsets, ProjectionHealth health,
            TransactionTemplate transaction, DeadLetters deadLetters, MeterRegistry meters) {
        this.consumers = consumers;
        this.properties = properties;
        this.projector = projector;
        this.offsets = offsets;
        this.health = health;
        this.transaction = transaction;
        this.deadLetters = deadLetters;
        // counted per attempt: a batch rolled back and retried counts its events again
        this.applied = meters.counter(EVENTS_METRIC, "outcome", "applied");
        this.redelivered = meters.counter(EVENTS_METRIC, "outcome", "redelivered");
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        consumer = consumers.get();
        worker = new Thread(this::run, "timeline-consumer");
        worker.start();
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        consumer.wakeup();
        try {
            worker.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        try (var kafka = consumer) {
            var positions = new SeekToStoredOffsets(kafka);
            kafka.subscribe(List.of(properties.topic()), positions);
            while (running) {
                positions.retryUnpositioned();
                pollOnce(kafka);
            }
        }
        log.info("Timeline consumer stopped");
    }

    /**
     * One poll and its batch. Anything unexpected (the database gone during a rebalance, say) is
     * logged and retried after a pause: re-reading is always safe because applying is idempotent.
     */
    private void pollOnce(Consumer<String, byte[]> kafka) {
        try {
            var records = kafka.poll(POLL);
            if (!records.isEmpty()) {
                long started = System.nanoTime();
                applyOrRewind(kafka, records);
                sleep(PollLinger.after(Duration.ofNanos(System.nanoTime() - started), () -> caughtUp(kafka)));
            }
        } catch (WakeupException e) {
            // stop() woke the consumer up: the loop ends because running is false
        } catch (RuntimeException e) {
            log.warn("Timeline consumer failed, retrying in {}: {}", RETRY_BACKOFF, e.toString());
            sleep(RETRY_BACKOFF);
        }
    }

    private void applyOrRewind(Consumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> records) {
        try {
            Map<TopicPartition, Long> next;
            try {
                next = transaction.execute(status -> applyBatch(kafka, records, false));
            } catch (RefusedBatchException e) {
                // the batch's rows went out together, so the refusal names no record: the same batch again,
                // each record written on its own, stalls on the refused one as if there had been no batching
                log.warn("Projection batch refused by the database; applying it again record by record to find the refused record");
                next = transaction.execute(status -> applyBatch(kafka, records, true));
            }
            kafka.commitAsync(toCommits(next), null);
        } catch (StalledPartitionException e) {
            rewind(kafka, records);
            stall(kafka, e.partition(), e.getMessage());
        } catch (RuntimeException e) {
            // transient (database or dead-letter topic unavailable, ...): rewind and try the same batch again
            log.warn("Projection batch failed, retrying in {}: {}", RETRY_BACKOFF, e.toString());
            rewind(kafka, records);
            sleep(RETRY_BACKOFF);
        }
    }

    /**
     * Whether the last fetches reached the end of every assigned partition. The lag is the
     * consumer's own arithmetic on what it fetched (no broker call); unknown counts as behind.
     */
    private static boolean caughtUp(Consumer<String, byte[]> kafka) {
        return kafka.assignment().stream().allMatch(partition -> {
            var lag = kafka.currentLag(partition);
            return lag.isPresent() && lag.getAsLong() == 0;
        });
    }

    /** Permanent: retrying cannot help, so the partition stops and health says why. */
    private void stall(Consumer<String, byte[]> kafka, TopicPartition partition, String reason) {
        log.error("Projection stopped on {}: {}", partition, reason);
        health.stall(partition, reason);
        kafka.pause(List.of(partition));
    }

    /**
     * Applies the records and stores the positions past them, in the caller's transaction. The
     * projector writes the batch's rows together, at the end; {@code recordByRecord} writes each
     * record's rows before the next one is read, so that a refusal is the record's own.
     *
     * @throws RefusedBatchException when the database refuses the batch's rows, written together
     */
    private Map<TopicPartition, Long> applyBatch(Consumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> records,
            boolean recordByRecord) {
        Map<TopicPartition, Long> next = new HashMap<>();
        for (var record : records) {
            try {
                var changed = projector.apply(reader.read(record));
                if (recordByRecord) {
                    projector.flush();
                }
                (changed ? applied : redelivered).increment();
            } catch (PoisonRecordException e) {
                // sent again if this batch rolls back: the dead-letter topic gets it at least once
                deadLetters.send(record, kafka, e);
            } catch (SequenceGapException e) {
                throw new StalledPartitionException(new TopicPartition(record.topic(), record.partition()), e);
            } catch (DataAccessException e) {
                var refusal = RejectedByDatabase.reason(e).orElseThrow(() -> e);
                if (!recordByRecord) {
                    // a correction writes the rows pending before it: the refused row may be an earlier record's
                    throw new RefusedBatchException(refusal, e);
                }
                throw new StalledPartitionException(new TopicPartition(record.topic(), record.partition()),
                        // the record was read, so it carries its ce_id: operators look the event up by it
                        new IllegalStateException("event " + header(record, "ce_id") + " at offset " + record.offset()
                                + " is refused by the database: " + refusal, e));
            }
            next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
        }
        try {
            projector.flush();
        } catch (DataAccessException e) {
            throw new RefusedBatchException(RejectedByDatabase.reason(e).orElseThrow(() -> e), e);
        }
        offsets.save(properties.consumerGroup(), next);
        return next;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Puts every partition of the failed batch back to its first record, since nothing was committed. */
    private static void rewind(Consumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> records) {
        for (var partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> partitionRecords = records.records(partition);
            kafka.seek(partition, partitionRecords.get(0).offset());
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> toCommits(Map<TopicPartition, Long> next) {
        Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
        next.forEach((partition, offset) -> commits.put(partition, new OffsetAndMetadata(offset)));
        return commits;
    }

    private void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** The database refused rows of a batch written together: which record's, it does not say. */
    private static final class RefusedBatchException extends RuntimeException {

        RefusedBatchException(String refusal, RuntimeException cause) {
            super(refusal, cause);
        }
    }

    /** A record that can never be applied, and the partition it blocks. */
    private static final class StalledPartitionException extends RuntimeException {

        private final TopicPartition partition;

        StalledPartitionException(TopicPartition partition, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.partition = partition;
        }

        TopicPartition partition() {
            return partition;
        }
    }

    /**
     * Positions come from the projection database, where they were committed with the data. A
     * partition whose position cannot be read (the database away during the rebalance) stays
     * paused until it can: left alone, it would start from Kafka's committed offset, which is only
     * a hint for lag tools and may lie past events the projection has not got.
     */
    private final class SeekToStoredOffsets implements ConsumerRebalanceListener {

        private final Consumer<String, byte[]> kafka;
        private final Set<TopicPartition> unpositioned = new HashSet<>();
        private long nextAttemptNanos;

        SeekToStoredOffsets(Consumer<String, byte[]> kafka) {
            this.kafka = kafka;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            for (var partition : partitions) {
                health.resume(partition);
                if (!position(partition)) {
                    kafka.pause(List.of(partition));
                    unpositioned.add(partition);
                }
            }
        }

        /** Called before each poll: positions what the last rebalance could not. */
        void retryUnpositioned() {
            if (unpositioned.isEmpty() || System.nanoTime() < nextAttemptNanos) {
                return;
            }
            for (var partition : List.copyOf(unpositioned)) {
                if (position(partition)) {
                    unpositioned.remove(partition);
                    kafka.resume(List.of(partition));
                }
            }
            nextAttemptNanos = System.nanoTime() + RETRY_BACKOFF.toNanos();
        }

        private boolean position(TopicPartition partition) {
            try {
                offsets.nextOffset(properties.consumerGroup(), partition).ifPresentOrElse(
                        offset -> kafka.seek(partition, offset),
                        () -> kafka.seekToBeginning(List.of(partition)));
                return true;
            } catch (RuntimeException e) {
                log.warn("Position of {} cannot be read yet, partition paused: {}", partition, e.toString());
                return false;
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // nothing to flush: every applied batch already committed its offsets with its data
            unpositioned.removeAll(partitions);
        }
    }
}
