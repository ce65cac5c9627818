package dev.parley.timeline.command.publication;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The sends the broker has not acknowledged yet, in the order of the event store. The position
 * that may be stored is the last event whose send, and every send before it, was acknowledged: a
 * crash then repeats what came after it and loses nothing. Acknowledgements arriving out of order
 * (different partitions) only move that position once the older ones arrive too.
 */
final class UnacknowledgedSends {

    private record Send(TrackingToken position, CompletableFuture<?> acknowledgement) {
    }

    private final Deque<Send> sends = new ArrayDeque<>();
    private TrackingToken acknowledgedPosition;

    /** @param storedPosition where the stored token says publication stands */
    UnacknowledgedSends(TrackingToken storedPosition) {
        this.acknowledgedPosition = storedPosition;
    }

    void add(TrackingToken position, CompletableFuture<?> acknowledgement) {
        sends.addLast(new Send(position, acknowledgement));
    }

    int size() {
        return sends.size();
    }

    /**
     * The last position up to which every send was acknowledged, without waiting.
     *
     * @throws PublicationFailedException when the oldest send the broker answered was refused
     */
    TrackingToken acknowledgedPosition() {
        while (!sends.isEmpty() && sends.peekFirst().acknowledgement().isDone()) {
            acknowledge(sends.peekFirst());
        }
        return acknowledgedPosition;
    }

    /**
     * Waits for the oldest send's acknowledgement, making room for another send.
     *
     * @throws PublicationFailedException when the broker refused it
     */
    void awaitOldest() {
        if (!sends.isEmpty()) {
            acknowledge(sends.peekFirst());
        }
        acknowledgedPosition();
    }

    /**
     * Waits for every send's acknowledgement and returns the position after the last one.
     *
     * @throws PublicationFailedException when the broker refused one
     */
    TrackingToken awaitAll() {
        while (!sends.isEmpty()) {
            acknowledge(sends.peekFirst());
        }
        return acknowledgedPosition;
    }

    private void acknowledge(Send oldest) {
        try {
            oldest.acknowledgement().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailedException("interrupted while awaiting Kafka's acknowledgement", e);
        } catch (ExecutionException e) {
            throw new PublicationFailedException("Kafka did not acknowledge a publication", e.getCause());
        }
        sends.removeFirst();
        acknowledgedPosition = oldest.position();
    }
}
