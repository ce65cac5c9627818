package dev.parley.timeline.command.feed;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live stream: every open connection gets the feed's new events as Server-Sent Events, with
 * the event's position as {@code id}, so a client that reconnects with {@code Last-Event-ID}
 * resumes after the last event it received, with nothing lost and nothing twice. One thread polls
 * the store for all connections.
 */
@Component
class EventStream implements DisposableBean {

    static final long POLL_MILLIS = 300;
    private static final int PAGE = 200;
    private static final long HEARTBEAT_NANOS = 15_000_000_000L;
    private static final Logger log = LoggerFactory.getLogger(EventStream.class);

    private final EventFeed feed;
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "parley-event-stream");
        thread.setDaemon(true);
        return thread;
    });

    EventStream(EventFeed feed) {
        this.feed = feed;
        poller.scheduleWithFixedDelay(this::pushToAll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    SseEmitter open(long after, String trackId) {
        var emitter = new SseEmitter(0L); // no server-side timeout: the client decides when to leave
        var subscription = new Subscription(emitter, trackId, after);
        emitter.onCompletion(() -> subscriptions.remove(subscription));
        emitter.onTimeout(() -> subscriptions.remove(subscription));
        emitter.onError(error -> subscriptions.remove(subscription));
        try {
            // commits the response at once: a browser's EventSource reports "open" only when it
            // has the headers, which would otherwise wait for the first event or keep-alive
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException e) {
            emitter.completeWithError(e);
            return emitter;
        }
        subscriptions.add(subscription);
        return emitter;
    }

    private void pushToAll() {
        for (var subscription : subscriptions) {
            try {
                push(subscription);
            } catch (IOException | IllegalStateException e) {
                // the client went away; a new connection resumes from its Last-Event-ID
                subscriptions.remove(subscription);
                subscription.emitter().completeWithError(e);
            }
        }
    }

    private void push(Subscription subscription) throws IOException {
        while (true) {
            EventFeed.Page page;
            try {
                page = feed.after(subscription.position, PAGE, subscription.trackId(), null);
            } catch (RuntimeException e) {
                // the store, not the client, failed: keep the connection and try again next round
                log.warn("Live stream could not read the event store; retrying: {}", e.getMessage());
                return;
            }
            for (var entry : page.events()) {
                subscription.emitter().send(SseEmitter.event().id(Long.toString(entry.position())).name(entry.type())
                        .data(entry, MediaType.APPLICATION_JSON));
                subscription.sentAt = System.nanoTime();
            }
            if (page.next() == subscription.position) {
                break;
            }
            subscription.position = page.next();
        }
        if (System.nanoTime() - subscription.sentAt > HEARTBEAT_NANOS) {
            // a comment line keeps proxies from closing a quiet stream and finds clients that left
            subscription.emitter().send(SseEmitter.event().comment("keep-alive"));
            subscription.sentAt = System.nanoTime();
        }
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
        subscriptions.forEach(subscription -> subscription.emitter().complete());
        subscriptions.clear();
    }

    /** One open connection and how far it has read. */
    private static final class Subscription {
        private final SseEmitter emitter;
        private final String trackId;
        private volatile long position;
        private volatile long sentAt = System.nanoTime();

        Subscription(SseEmitter emitter, String trackId, long position) {
            this.emitter = emitter;
            this.trackId = trackId;
            this.position = position;
        }

        SseEmitter emitter() {
            return emitter;
        }

        String trackId() {
            return trackId;
        }
    }
}
