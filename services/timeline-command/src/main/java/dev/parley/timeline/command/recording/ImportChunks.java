package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.command.idempotency.IdempotencyStore.StoredResponse;
import dev.parley.timeline.command.idempotency.IdempotencyStore;
import dev.parley.timeline.contract.track.TrackId;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records consecutive lines of an import in one database transaction, each line in a savepoint of
 * its own: a line that is refused rolls back to its savepoint (which also clears the rollback-only
 * mark Axon's unit of work leaves on a refusal), and the lines after it go on, on the track as the
 * earlier lines left it. The chunk takes the write locks of all its tracks at once, in one order
 * every chunk shares, checks their cached tracks and looks up its idempotency keys once, and
 * stores the keys' answers in one statement at its end: one round trip each per chunk where a
 * line alone took one each.
 *
 * <p>Nothing of a chunk is answered before it commits. Should anything but a refusal of one line
 * happen (PostgreSQL away, a deadlock, a concurrent writer, a failing commit, a bug), the chunk is
 * rolled back whole, the transaction's synchronizations drop its tracks from the cache, and
 * {@link #record} throws: the caller then records the same lines one at a time, as a single POST
 * would, and answers those.
 */
@Component
class ImportChunks {

    private final CommandIntake intake;
    private final CommandRecorder recorder;
    private final TrackWriteLock trackLock;
    private final CachedTracks cachedTracks;
    private final IdempotencyStore idempotency;
    private final CommandProblems problems;
    private final ImportAnswers answers;
    private final TransactionTemplate chunk;
    private final TransactionTemplate savepoint;
    private final Clock clock;
    /** A chunk takes no further line after this long, so other writers of its tracks wait no longer than that. */
    private final long maxMillis;

    ImportChunks(CommandIntake intake, CommandRecorder recorder, TrackWriteLock trackLock, CachedTracks cachedTracks,
            IdempotencyStore idempotency, CommandProblems problems, ImportAnswers answers, TransactionTemplate transaction,
            Clock clock, @Value("${parley.import.chunk-millis:250}") long maxMillis) {
        if (maxMillis < 1) {
            throw new IllegalArgumentException("parley.import.chunk-millis must be at least 1, was " + maxMillis);
        }
        var manager = Objects.requireNonNull(transaction.getTransactionManager(), "transaction manager");
        if (!(manager instanceof AbstractPlatformTransactionManager platform) || !platform.isNestedTransactionAllowed()) {
            throw new IllegalStateException("import chunks need savepoints, which " + manager.getClass().getName()
                    + " does not allow");
        }
        this.intake = intake;
        this.recorder = recorder;
        this.trackLock = trackLock;
        this.cachedTracks = cachedTracks;
        this.idempotency = idempotency;
        this.problems = problems;
        this.answers = answers;
        this.chunk = new TransactionTemplate(manager);
        this.chunk.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.savepoint = new TransactionTemplate(manager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
        this.maxMillis = maxMillis;
    }

    /**
     * Records the first lines of {@code lines}, as many as the chunk's time allows (at least one),
     * and answers them once they are committed.
     *
     * @return the answers of the lines recorded, in order: a prefix of {@code lines}
     * @throws RuntimeException when the chunk failed as a whole: none of its lines was recorded
     */
    List<ObjectNode> record(List<ImportLine> lines, Principal principal) {
        if (lines.stream().allMatch(ImportLine::answered)) {
            return lines.stream().map(ImportLine::answer).toList();
        }
        return chunk.execute(status -> recordInTransaction(lines, principal));
    }

    private List<ObjectNode> recordInTransaction(List<ImportLine> lines, Principal principal) {
        var tracks = lines.stream().filter(line -> !line.answered()).map(line -> new TrackId(line.trackId())).distinct()
                .toList();
        trackLock.acquireForTransaction(tracks);
        cachedTracks.refreshIfStale(tracks);
        var earlier = idempotency.findAll(lines.stream().map(ImportLine::idempotencyKey).filter(Objects::nonNull).toList());
        Map<String, StoredResponse> remember = new LinkedHashMap<>();
        var results = new ArrayList<ObjectNode>(lines.size());
        long deadline = clock.millis() + maxMillis;
        for (var line : lines) {
            if (!results.isEmpty() && clock.millis() >= deadline) {
                break;
            }
            results.add(line.answered() ? line.answer() : recordLine(line, earlier, remember, principal));
        }
        idempotency.rememberAll(remember);
        return results;
    }

    private ObjectNode recordLine(ImportLine line, Map<String, StoredResponse> earlier, Map<String, StoredResponse> remember,
            Principal principal) {
        var key = line.idempotencyKey();
        try {
            var answer = savepoint.execute(status -> {
                var command = intake.command(line.trackId(), line.body(), null, key, principal);
                return recorder.recordHoldingLock(command, key, CommandIntake.fingerprint(line.trackId(), null, line.body()),
                        key == null ? null : earlier.get(key), remember::put);
            });
            return answers.recorded(line.number(), Objects.requireNonNull(answer));
        } catch (RuntimeException e) {
            if (!problems.isRefusal(e)) {
                throw e;
            }
            return answers.refused(line.number(), e);
        }
    }
}
