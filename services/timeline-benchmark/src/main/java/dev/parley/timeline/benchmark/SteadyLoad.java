package dev.parley.timeline.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Commands at a steady rate, sent on schedule whether or not earlier ones were answered (an open
 * loop, as independent users send them), and what follows each: when its event reached the topic,
 * and when the query API showed it. Every latency counts from when the command was due, so a
 * Parley that falls behind cannot hide it by slowing the sender down.
 */
final class SteadyLoad {

    /**
     * Commands in flight at most; beyond that the sender waits, and the wait counts in every latency.
     * More would only queue for Parley's database connections and time out there.
     */
    private static final int MAX_IN_FLIGHT = 64;
    /** How long after the last command its event may take to reach the topic and the query API. */
    private static final Duration FOLLOW_UP = Duration.ofMinutes(2);

    private final ParleyHttp http;
    private final RawKafka kafka;
    private final String topic;
    private final LoadTracks tracks;

    SteadyLoad(ParleyHttp http, RawKafka kafka, String topic, LoadTracks tracks) {
        this.http = http;
        this.kafka = kafka;
        this.topic = topic;
        this.tracks = tracks;
    }

    /**
     * @param commandLatency due → answered {@code 201}
     * @param publicationLag event recorded ({@code ce_recordedtime}) → record delivered to a plain consumer
     * @param endToEnd answered {@code 201} → the track's version in {@code GET /api/v1/tracks} includes it
     */
    record Result(long commands, long refused, double achievedPerSecond, Latencies commandLatency, Latencies publicationLag,
            Latencies endToEnd) {
    }

    /** One command still to be seen in the query API. */
    private record Pending(long version, long acceptedNanos) {
    }

    Result run(int perSecond, Duration duration) throws InterruptedException {
        var commandLatency = new Latencies();
        var publicationLag = new Latencies();
        var endToEnd = new Latencies();
        var pending = new ConcurrentHashMap<String, Queue<Pending>>();
        var progress = new Progress();
        var refused = new AtomicLong();
        // positioned at the topic's end before the first command, so no load event is missed
        var consumer = kafka.consumer();
        var partitions = RawKafka.partitions(consumer, topic);
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        var watcher = new Thread(() -> watchTopic(consumer, publicationLag, progress), "benchmark-topic-watcher");
        var poller = new Thread(() -> pollQueryApi(pending, endToEnd, progress), "benchmark-query-poller");
        long commands = perSecond * duration.toSeconds();
        var inFlight = new Semaphore(MAX_IN_FLIGHT);
        watcher.start();
        poller.start();
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        for (long i = 0; i < commands; i++) {
            long due = start + i * period;
            LockSupport.parkNanos(due - System.nanoTime());
            inFlight.acquire();
            var trackId = tracks.randomTrack();
            http.postCommandAsync(trackId, tracks.nextCommand()).whenComplete((answer, error) -> {
                long now = System.nanoTime();
                commandLatency.record(now - due);
                if (error != null || answer.status() != 201) {
                    // an overloaded Parley refuses (503) or times out: counted, and the load goes on
                    refused.incrementAndGet();
                } else {
                    pending.computeIfAbsent(trackId, id -> new PriorityBlockingQueue<>(16, Comparator.comparingLong(Pending::version)))
                            .add(new Pending(answer.body().path("version").asLong(), now));
                    progress.accepted.incrementAndGet();
                }
                inFlight.release();
            });
        }
        inFlight.acquire(MAX_IN_FLIGHT);
        double achieved = commands / ((System.nanoTime() - start) / 1e9);
        progress.deadline = System.nanoTime() + FOLLOW_UP.toNanos();
        progress.sending = false;
        watcher.join();
        poller.join();
        if (progress.published.get() < progress.accepted.get() || progress.visible.get() < progress.accepted.get()) {
            throw new IllegalStateException("within " + FOLLOW_UP + " after the load, only " + progress.published + " of "
                    + progress.accepted + " events reached the topic and " + progress.visible + " the query API");
        }
        return new Result(commands, refused.get(), achieved, commandLatency, publicationLag, endToEnd);
    }

    /** What the sender, the topic watcher and the query poller share. */
    private static final class Progress {
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong published = new AtomicLong();
        final AtomicLong visible = new AtomicLong();
        volatile boolean sending = true;
        volatile long deadline;

        /** Keep following while commands are sent, then until all were seen or the follow-up time is over. */
        boolean following(AtomicLong seen) {
            return sending || seen.get() < accepted.get() && System.nanoTime() < deadline;
        }
    }

    /** Counts each load event as it arrives on the topic, from the moment Parley recorded it. */
    private void watchTopic(KafkaConsumer<byte[], byte[]> consumer, Latencies lag, Progress progress) {
        try (consumer) {
            while (progress.following(progress.published)) {
                for (var record : consumer.poll(Duration.ofMillis(10))) {
                    var now = Instant.now();
                    if (tracks.owns(new String(record.key(), StandardCharsets.UTF_8))) {
                        var recorded = Instant.parse(RawProjection.header(record, "ce_recordedtime"));
                        lag.record(Duration.between(recorded, now).toNanos());
                        progress.published.incrementAndGet();
                    }
                }
            }
        }
    }

    /** Polls the track list and counts each command once its track's version includes it. */
    private void pollQueryApi(Map<String, Queue<Pending>> pending, Latencies endToEnd, Progress progress) {
        while (progress.following(progress.visible)) {
            for (var track : http.get("/api/v1/tracks")) {
                var waiting = pending.get(track.path("trackId").asText());
                long version = track.path("version").asLong();
                long now = System.nanoTime();
                while (waiting != null && !waiting.isEmpty() && waiting.peek().version() <= version) {
                    endToEnd.record(now - waiting.poll().acceptedNanos());
                    progress.visible.incrementAndGet();
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
    }
}
