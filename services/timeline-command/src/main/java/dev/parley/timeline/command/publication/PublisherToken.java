package dev.parley.timeline.command.publication;

import java.time.Duration;
import java.util.Objects;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publisher's position in the event store: Axon's token row {@code kafka-publisher}, segment
 * 0, in {@code token_entry}, the row Axon's tracking processor kept before the relay replaced it.
 * Whoever holds its claim publishes; other instances wait until the claim expires (10 s without
 * renewal, Axon's default), so a stopped or crashed instance is taken over.
 */
final class PublisherToken {

    private static final String NAME = "kafka-publisher";
    private static final int SEGMENT = 0;
    /** Well inside the token store's claim timeout of 10 s. */
    private static final long RENEW_CLAIM_NANOS = Duration.ofSeconds(3).toNanos();
    private static final Logger log = LoggerFactory.getLogger(PublisherToken.class);

    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final EventStorageEngine storage;
    private TrackingToken stored;
    private long claimedAt;

    PublisherToken(TokenStore tokens, TransactionManager transactions, EventStorageEngine storage) {
        this.tokens = tokens;
        this.transactions = transactions;
        this.storage = storage;
    }

    /**
     * Claims the token, creating it at the start of the event store the first time.
     *
     * @return the stored position: publication goes on after it
     * @throws org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException while another
     *     instance holds the claim
     */
    TrackingToken claim() {
        stored = transactions.fetchInTransaction(() -> {
            if (tokens.fetchSegments(NAME).length == 0) {
                tokens.initializeTokenSegments(NAME, 1, storage.createTailToken());
            }
            return tokens.fetchToken(NAME, SEGMENT);
        });
        claimedAt = System.nanoTime();
        return stored;
    }

    /** Stores {@code position} if it moved, which renews the claim too; else renews the claim when due. */
    void store(TrackingToken position) {
        if (!Objects.equals(position, stored)) {
            transactions.executeInTransaction(() -> tokens.storeToken(position, NAME, SEGMENT));
            stored = position;
            claimedAt = System.nanoTime();
        } else if (System.nanoTime() - claimedAt > RENEW_CLAIM_NANOS) {
            transactions.executeInTransaction(() -> tokens.extendClaim(NAME, SEGMENT));
            claimedAt = System.nanoTime();
        }
    }

    /** Lets another instance take over at once instead of after the claim's timeout. */
    void release() {
        try {
            transactions.executeInTransaction(() -> tokens.releaseClaim(NAME, SEGMENT));
        } catch (RuntimeException e) {
            log.warn("Could not release the publisher's claim; another instance takes over when it expires: {}",
                    e.getMessage());
        }
    }
}
