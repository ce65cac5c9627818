package dev.parley.timeline.command.publication;

import dev.parley.timeline.contract.cloudevents.TimelineCloudEvents;
import dev.parley.timeline.contract.track.TrackEvent;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes every stored event to the timeline topic, in the event store's commit order, the way
 * an outbox relay does: it reads the store and sends without waiting for each batch's
 * acknowledgements, and stores its position ({@link PublisherToken}) only up to the last event
 * that the broker acknowledged together with everything before it. A crash or a refused send
 * therefore repeats events (at least once; {@code ce_id} deduplicates) and never loses one.
 *
 * <p>It replaced an Axon tracking processor, which read a batch, sent it, waited for every
 * acknowledgement and stored its token before reading on: behind a backlog it spent most of its
 * time waiting, in turn, on the database and on the broker. Reading goes through Axon's storage
 * engine, which upcasts older event versions and keeps track of gaps in the global index (a
 * transaction that commits after a later one).
 */
final class PublicationRelay implements SmartLifecycle {

    /** How long an idle relay waits for events committed by another instance. */
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final long STORE_EVERY_NANOS = Duration.ofMillis(500).toNanos();
    private static final Duration CLAIM_RETRY = Duration.ofSeconds(5);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(PublicationRelay.class);

    private final EventStorageEngine storage;
    private final Serializer eventSerializer;
    private final PublisherToken token;
    private final CommitSignal commits;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final TimelineCloudEvents cloudEvents;
    private final TimelineTopic topic;
    private final int maxUnacknowledged;

    private volatile boolean running;
    /**
     * The global index of the position stored last, while this instance publishes: from its claim
     * until another instance holds the claim or this one stops. A failure's pause keeps it, so the
     * backlog shown keeps growing while Kafka stays away.
     */
    private volatile Long storedIndex;
    private volatile CountDownLatch stopRequested = new CountDownLatch(0);
    private Thread thread;
    private Duration pause = FIRST_PAUSE;

    /** @param eventSerializer the storage engine's own, so that stored JSON is handed out as it is */
    PublicationRelay(EventStorageEngine storage, Serializer eventSerializer, PublisherToken token, CommitSignal commits,
            KafkaTemplate<String, CloudEvent> kafka, TimelineCloudEvents cloudEvents, TimelineTopic topic,
            int maxUnacknowledged) {
        if (maxUnacknowledged < 1) {
            throw new IllegalArgumentException("parley.publication.max-unacknowledged must be at least 1, was "
                    + maxUnacknowledged);
        }
        this.storage = storage;
        this.eventSerializer = eventSerializer;
        this.token = token;
        this.commits = commits;
        this.kafka = kafka;
        this.cloudEvents = cloudEvents;
        this.topic = topic;
        this.maxUnacknowledged = maxUnacknowledged;
    }

    @Override
    public synchronized void start() {
        running = true;
        stopRequested = new CountDownLatch(1);
        thread = new Thread(this::relayUntilStopped, "parley-publisher");
        // stop() ends it in order; a JVM that exits without closing the context loses nothing by it
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        stopRequested.countDown();
        commits.signal();
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.warn("The publisher did not stop within {} s; events it sent since its last stored position will "
                    + "be sent again", STOP_WAIT.toSeconds());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void relayUntilStopped() {
        publishUntilStopped();
        storedIndex = null;
    }

    private void publishUntilStopped() {
        while (running) {
            try {
                relayWhileClaimed();
            } catch (UnableToClaimTokenException e) {
                storedIndex = null;
                log.debug("Another instance publishes: {}", e.getMessage());
                pauseUnlessStopped(CLAIM_RETRY);
            } catch (RuntimeException e) {
                log.warn("Publication to Kafka stopped ({}); it starts again from the last stored position in {} s",
                        reason(e), pause.toSeconds());
                pauseUnlessStopped(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) < 0 ? pause.multipliedBy(2) : LONGEST_PAUSE;
            }
        }
    }

    /**
     * The global index publication has passed, as last stored: events after it are not known to be
     * on the topic yet. Empty while another instance publishes (or none does); -1 before the first
     * event.
     */
    OptionalLong storedIndex() {
        var index = storedIndex;
        return index == null ? OptionalLong.empty() : OptionalLong.of(index);
    }

    private void relayWhileClaimed() {
        TrackingToken read = token.claim();
        storedIndex = indexOf(read);
        var unacknowledged = new UnacknowledgedSends(read);
        try {
            long storedAt = System.nanoTime();
            while (running) {
                topic.ensureExists();
                boolean found = false;
                try (var events = storage.readEvents(read, false)) {
                    var iterator = events.iterator();
                    while (running && iterator.hasNext()) {
                        TrackedEventMessage<?> event = iterator.next();
                        if (unacknowledged.size() >= maxUnacknowledged) {
                            unacknowledged.awaitOldest();
                        }
                        unacknowledged.add(event.trackingToken(), send(event));
                        read = event.trackingToken();
                        found = true;
                        if (System.nanoTime() - storedAt > STORE_EVERY_NANOS) {
                            storePosition(unacknowledged.acknowledgedPosition());
                            storedAt = System.nanoTime();
                        }
                    }
                }
                if (!found) {
                    storePosition(unacknowledged.awaitAll());
                    storedAt = System.nanoTime();
                    commits.await(POLL);
                }
            }
            storePosition(unacknowledged.awaitAll());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            token.release();
        }
    }

    /**
     * Sends the event's JSON as the store holds it (or as upcast to the current version): reading
     * it into its class and writing it again cost half the relay's CPU and changed nothing.
     */
    private CompletableFuture<?> send(TrackedEventMessage<?> event) {
        if (!TrackEvent.class.isAssignableFrom(event.getPayloadType())) {
            // the store holds only track events; anything else has no place on the topic
            return CompletableFuture.completedFuture(null);
        }
        byte[] json = event.serializePayload(eventSerializer, byte[].class).getData();
        var cloudEvent = cloudEvents.toCloudEvent(event.getPayloadType().asSubclass(TrackEvent.class), json);
        return kafka.send(new ProducerRecord<>(topic.name(), cloudEvent.getSubject(), cloudEvent));
    }

    private void storePosition(TrackingToken position) {
        token.store(position);
        storedIndex = indexOf(position);
        pause = FIRST_PAUSE;
    }

    private static long indexOf(TrackingToken position) {
        return position == null ? -1 : position.position().orElse(-1);
    }

    private void pauseUnlessStopped(Duration duration) {
        try {
            stopRequested.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static String reason(Throwable e) {
        var cause = e.getCause() == null ? e : e.getCause();
        return e.getMessage() + (cause == e ? "" : ": " + cause.getMessage());
    }
}
