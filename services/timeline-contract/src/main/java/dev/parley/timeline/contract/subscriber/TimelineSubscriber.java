package dev.parley.timeline.contract.subscriber;

import dev.parley.timeline.contract.cloudevents.TimelineCloudEvents;
import dev.parley.timeline.contract.cloudevents.UnreadableEventException;
import dev.parley.timeline.contract.state.TrackHistory;
import dev.parley.timeline.contract.track.EventCorrected;
import dev.parley.timeline.contract.track.EventRetracted;
import dev.parley.timeline.contract.track.TrackEvent;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads Parley's events from the topic for a downstream service, without Spring: from the
 * beginning, from saved offsets or from a time ({@link StartPosition}); each event once (delivery
 * on the topic is at least once: duplicates are dropped by {@code ce_id} and by the track's
 * sequence); per track in order (a track's events share a partition, and an event at or below the
 * last delivered sequence of its track is never delivered). Older event versions arrive upcast.
 *
 * <p>{@link #replayUntil} replays history up to a past moment in either meaning of "until"
 * ({@link ReplayMeaning}). It reads every partition to the end offsets it finds when called:
 * neither meaning can stop early, because the topic is ordered by publication, not by when a
 * development occurred (late reports are normal) nor strictly by when it was recorded.
 *
 * <p>Not thread-safe, like the Kafka consumer it wraps.
 */
public final class TimelineSubscriber implements AutoCloseable {

    /** How many recent {@code ce_id}s are remembered to drop duplicates. */
    static final int REMEMBERED_IDS = 100_000;
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, CloudEvent> consumer;
    private final TimelineCloudEvents cloudEvents = new TimelineCloudEvents();
    private final Map<String, Long> lastSequence = new HashMap<>();
    private final Set<String> recentIds = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_IDS;
        }
    });

    public TimelineSubscriber(String bootstrapServers, String topic, StartPosition start) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // never deliver what an aborted transaction wrote, should the publisher become transactional
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class));
        var partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        seek(start, partitions);
    }

    private void seek(StartPosition start, List<TopicPartition> partitions) {
        if (start instanceof StartPosition.Offsets offsets) {
            partitions.forEach(partition -> consumer.seek(partition, offsets.nextOffsets().getOrDefault(partition.partition(), 0L)));
        } else if (start instanceof StartPosition.PublishedFrom from) {
            var query = new HashMap<TopicPartition, Long>();
            partitions.forEach(partition -> query.put(partition, from.time().toEpochMilli()));
            var found = consumer.offsetsForTimes(query);
            var ends = consumer.endOffsets(partitions);
            partitions.forEach(partition -> consumer.seek(partition,
                    found.get(partition) == null ? ends.get(partition) : found.get(partition).offset()));
        } else {
            consumer.seekToBeginning(partitions);
        }
    }

    /**
     * Delivers every event up to the end of the topic as it is now.
     *
     * @return the next offset per partition, to resume from with {@link StartPosition#offsets}
     */
    public Map<Integer, Long> replay(Consumer<TrackEvent> handler) {
        return readToEnd(event -> true, handler);
    }

    /**
     * Delivers the history up to {@code until} (inclusive) in the given meaning, reading the topic
     * to the end offsets found now.
     */
    public Map<Integer, Long> replayUntil(Instant until, ReplayMeaning meaning, Consumer<TrackEvent> handler) {
        if (meaning == ReplayMeaning.RECORDED_BY) {
            return readToEnd(event -> !event.metadata().recordedAt().isAfter(until), handler);
        }
        var delivered = new HashSet<UUID>();
        return readToEnd(event -> {
            var amended = amendedEvent(event);
            if (amended != null) {
                // also a correction that moves an undelivered development to before until
                return delivered.contains(amended) || event instanceof EventCorrected correction
                        && !correction.replacement().metadata().occurredAt().isAfter(until);
            }
            boolean occurred = !event.metadata().occurredAt().isAfter(until);
            if (occurred) {
                delivered.add(event.metadata().eventId());
            }
            return occurred;
        }, handler);
    }

    /** One poll for live events after a replay, delivering whatever arrived. */
    public void poll(Duration timeout, Consumer<TrackEvent> handler) {
        deliverAll(consumer.poll(timeout), event -> true, handler);
    }

    /** The next offset per partition: where a later subscriber can resume. */
    public Map<Integer, Long> positions() {
        var positions = new HashMap<Integer, Long>();
        consumer.assignment().forEach(partition -> positions.put(partition.partition(), consumer.position(partition)));
        return positions;
    }

    private Map<Integer, Long> readToEnd(Predicate<TrackEvent> wanted, Consumer<TrackEvent> handler) {
        var ends = consumer.endOffsets(consumer.assignment());
        while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
            deliverAll(consumer.poll(POLL), wanted, handler);
        }
        return positions();
    }

    /**
     * Delivers a poll's records; on one that cannot be read, rewinds its partition to it before
     * rethrowing, so {@link #positions()} never claims records that were not delivered.
     */
    private void deliverAll(ConsumerRecords<String, CloudEvent> records, Predicate<TrackEvent> wanted,
            Consumer<TrackEvent> handler) {
        for (var record : records) {
            try {
                deliver(record.value(), wanted, handler);
            } catch (UnreadableEventException e) {
                consumer.seek(new TopicPartition(record.topic(), record.partition()), record.offset());
                for (var partition : records.partitions()) {
                    if (partition.partition() != record.partition()) {
                        var first = records.records(partition).stream().mapToLong(r -> r.offset()).min();
                        first.ifPresent(offset -> consumer.seek(partition, offset));
                    }
                }
                throw e;
            }
        }
    }

    private void deliver(CloudEvent cloudEvent, Predicate<TrackEvent> wanted, Consumer<TrackEvent> handler) {
        if (cloudEvent == null || recentIds.contains(cloudEvent.getId())) {
            return;
        }
        var event = cloudEvents.fromCloudEvent(cloudEvent);
        recentIds.add(cloudEvent.getId());
        var track = event.trackId().value();
        var last = lastSequence.get(track);
        if (last != null && event.sequence() <= last) {
            return;
        }
        lastSequence.put(track, event.sequence());
        if (wanted.test(event)) {
            handler.accept(event);
        }
    }

    private static UUID amendedEvent(TrackEvent event) {
        if (event instanceof EventCorrected correction) {
            return correction.correctedEventId();
        }
        return event instanceof EventRetracted retraction ? retraction.retractedEventId() : null;
    }

    /** Folds what a replay delivers into each track's history, a convenience for downstream services. */
    public static Consumer<TrackEvent> into(Map<String, TrackHistory> histories) {
        return event -> histories.computeIfAbsent(event.trackId().value(), track -> new TrackHistory()).apply(event);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
