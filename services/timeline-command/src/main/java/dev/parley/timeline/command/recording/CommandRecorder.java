package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.command.idempotency.IdempotencyKeyReusedException;
import dev.parley.timeline.command.idempotency.IdempotencyStore.StoredResponse;
import dev.parley.timeline.command.idempotency.IdempotencyStore;
import dev.parley.timeline.command.track.CommandOutcome;
import dev.parley.timeline.command.track.DevelopmentResult;
import dev.parley.timeline.command.track.NothingRecordedOnNewTrackException;
import dev.parley.timeline.command.track.RecordDevelopment;
import dev.parley.timeline.command.track.RecordDevelopments;
import dev.parley.timeline.contract.json.TimelineJson;
import dev.parley.timeline.operations.DatabaseUnavailable;
import dev.parley.timeline.operations.DatabaseUnavailableException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a command to its track and remembers the answer for its {@code Idempotency-Key}, both in
 * one database transaction that first takes the track's write lock. Should another writer still
 * append to the same track first (one that does not take the lock), the store refuses the
 * duplicate version and the whole attempt is retried on fresh state: a stale read never becomes a
 * lost or doubled event. An explicit {@code If-Match} still fails on retry, as it should.
 */
@Service
class CommandRecorder {

    private static final Logger log = LoggerFactory.getLogger(CommandRecorder.class);
    static final int MAX_ATTEMPTS = 10;

    private final CommandGateway commandGateway;
    private final IdempotencyStore idempotency;
    private final TransactionTemplate transaction;
    private final TrackWriteLock trackLock;
    private final CachedTracks cachedTracks;
    private final ObjectMapper json = TimelineJson.newMapper();

    CommandRecorder(CommandGateway commandGateway, IdempotencyStore idempotency, TransactionTemplate transaction,
            TrackWriteLock trackLock, CachedTracks cachedTracks) {
        this.cachedTracks = cachedTracks;
        this.commandGateway = commandGateway;
        this.idempotency = idempotency;
        this.transaction = transaction;
        this.trackLock = trackLock;
    }

    /**
     * @param idempotencyKey null when the request carries none
     * @param requestHash fingerprint of the request, compared when the key was seen before
     */
    Answer record(RecordDevelopment command, String idempotencyKey, String requestHash) {
        try {
            return recordWithRetries(command, idempotencyKey, requestHash);
        } catch (RuntimeException e) {
            // Axon wraps the event store's failures: find the outage beneath, so the client gets 503, not 500
            if (DatabaseUnavailable.isCauseOf(e)) {
                throw new DatabaseUnavailableException(e);
            }
            throw e;
        }
    }

    private Answer recordWithRetries(RecordDevelopment command, String idempotencyKey, String requestHash) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> recordOnce(command, idempotencyKey, requestHash));
            } catch (ConcurrencyException | AggregateStreamCreationException | DuplicateKeyException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new ConcurrentWriteException(command.trackId().value(), attempt);
                }
                log.debug("Write conflict on track {} (attempt {}), retrying", command.trackId(), attempt);
                backOff(command, attempt);
            }
        }
    }

    /**
     * A short random pause that grows with each attempt, so writers that collided do not collide
     * again in lockstep.
     */
    private static void backOff(RecordDevelopment command, int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentWriteException(command.trackId().value(), attempt);
        }
    }

    private Answer recordOnce(RecordDevelopment command, String idempotencyKey, String requestHash) {
        trackLock.acquireForTransaction(command.trackId());
        cachedTracks.refreshIfStale(command.trackId());
        var earlier = idempotencyKey == null ? null : idempotency.find(idempotencyKey).orElse(null);
        if (earlier != null) {
            return replay(earlier, idempotencyKey, requestHash);
        }
        CommandOutcome outcome = commandGateway.sendAndWait(command);
        var answer = Answer.of(outcome);
        cachedTracks.handled(command.trackId(), outcome.version());
        if (idempotencyKey != null) {
            idempotency.remember(idempotencyKey, stored(requestHash, answer));
        }
        return answer;
    }

    /**
     * Records a batch of one track's commands (consecutive lines of an import's chunk) in a
     * transaction that already holds the track's write lock and has checked its cached track. A
     * refused command is a result like any other; should the whole batch fail, the caller's
     * transaction (or savepoint) must roll back, and no cached track keeps any of it.
     *
     * @throws NothingRecordedOnNewTrackException when every command was refused on a track that does not exist
     */
    List<DevelopmentResult> recordBatchHoldingLock(RecordDevelopments batch) {
        List<DevelopmentResult> results = commandGateway.sendAndWait(batch);
        results.stream().filter(result -> !result.refused()).mapToLong(result -> result.outcome().version()).max()
                .ifPresent(version -> cachedTracks.handled(batch.trackId(), version));
        return results;
    }

    /** The answer stored under an {@code Idempotency-Key}, to be given again when the same request comes back. */
    StoredResponse stored(String requestHash, Answer answer) {
        return new StoredResponse(requestHash, answer.status().value(), write(answer.outcome()), answer.outcome().version());
    }

    /**
     * The answer first given for a key, when the request is the same one again.
     *
     * @throws IdempotencyKeyReusedException when the key came with another request
     */
    Answer replay(StoredResponse earlier, String key, String requestHash) {
        if (!earlier.requestHash().equals(requestHash)) {
            throw new IdempotencyKeyReusedException(key);
        }
        try {
            return new Answer(HttpStatus.valueOf(earlier.status()), json.readValue(earlier.body(), CommandOutcome.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer for an Idempotency-Key is unreadable", e);
        }
    }

    private String write(CommandOutcome outcome) {
        try {
            return json.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("command outcome cannot be written as JSON", e);
        }
    }

    /** The HTTP status and body for a command. */
    record Answer(HttpStatus status, CommandOutcome outcome) {

        /** 201 for a command that recorded an event, 200 for one that repeated a known fact. */
        static Answer of(CommandOutcome outcome) {
            return new Answer(outcome.recorded() ? HttpStatus.CREATED : HttpStatus.OK, outcome);
        }
    }
}
