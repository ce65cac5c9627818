package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.command.idempotency.IdempotencyStore.StoredResponse;
import dev.parley.timeline.command.idempotency.IdempotencyStore;
import dev.parley.timeline.command.track.DevelopmentResult;
import dev.parley.timeline.command.track.NothingRecordedOnNewTrackException;
import dev.parley.timeline.command.track.RecordDevelopment;
import dev.parley.timeline.command.track.RecordDevelopments;
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
 * Records consecutive lines of an import in one database transaction. Consecutive lines for the
 * same track go to it as one batch ({@link RecordDevelopments}): the track is loaded once and its
 * new events are appended in one statement, where a line alone took a unit of work, a savepoint
 * and an insert of its own. A line the track refuses is answered with its refusal inside the
 * batch, and the lines after it go on, on the track as the earlier lines left it. Each batch runs
 * in a savepoint, rolled back when the track did not exist and refused every line (Axon would
 * otherwise keep the empty track it created for the batch). The chunk takes the write locks of
 * all its tracks at once, in one order every chunk shares, checks their cached tracks and looks
 * up its idempotency keys once, and stores the keys' answers in one statement at its end.
 *
 * <p>Lines keep their order: a batch ends where a line for another track comes, so a line
 * that links to a track announced earlier in the same chunk finds it. A file that alternates
 * between tracks line by line therefore gains less than one that lists each track's lines
 * together.
 *
 * <p>Nothing of a chunk is answered before it commits. Should anything but a refusal of one line
 * happen (PostgreSQL away, a deadlock, a concurrent writer, a failing commit, a bug), the chunk is
 * rolled back whole, the transaction's synchronizations drop its tracks from the cache, and
 * {@link #record} throws: the caller then records the same lines one at a time, as a single POST
 * would, and answers those.
 */
@Component
class ImportChunks {

    /**
     * The most batches, and so savepoints, in one chunk. Each savepoint that writes is a
     * subtransaction; PostgreSQL caches 64 per transaction, and past that every other session's
     * visibility checks read {@code pg_subtrans} while the chunk is open.
     */
    static final int MAX_BATCHES = 64;

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
        TrackBatch batch = null;
        int batches = 0;
        long deadline = clock.millis() + maxMillis;
        for (var line : lines) {
            if (!results.isEmpty() && clock.millis() >= deadline) {
                break;
            }
            boolean batchEnds = !line.answered() && (batch == null || !batch.trackId().value().equals(line.trackId()));
            if (batchEnds && batches == MAX_BATCHES) {
                break;
            }
            if (batchEnds && batch != null) {
                // sent before this line is read, so a link on it finds a track the batch announced
                record(batch, results, remember);
                batch = null;
            }
            results.add(null);
            var answer = line.answered() ? line.answer() : answerWithoutTrack(line, earlier.get(line.idempotencyKey()));
            if (answer != null) {
                results.set(results.size() - 1, answer);
                continue;
            }
            try {
                var command = intake.command(line.trackId(), line.body(), null, line.idempotencyKey(), principal);
                if (batch == null) {
                    batch = new TrackBatch(command.trackId());
                    batches++;
                }
                batch.add(results.size() - 1, line, command);
            } catch (RuntimeException e) {
                results.set(results.size() - 1, refused(line, e));
            }
        }
        if (batch != null) {
            record(batch, results, remember);
        }
        idempotency.rememberAll(remember);
        return results;
    }

    /** The answer of a line whose key was answered before, or null when the line is for its track to judge. */
    private ObjectNode answerWithoutTrack(ImportLine line, StoredResponse earlier) {
        if (earlier == null) {
            return null;
        }
        try {
            return answers.recorded(line.number(), recorder.replay(earlier, line.idempotencyKey(), fingerprint(line)));
        } catch (RuntimeException e) {
            return refused(line, e);
        }
    }

    private void record(TrackBatch batch, List<ObjectNode> results, Map<String, StoredResponse> remember) {
        List<DevelopmentResult> outcomes;
        try {
            outcomes = savepoint.execute(status -> recorder.recordBatchHoldingLock(batch.command()));
        } catch (NothingRecordedOnNewTrackException e) {
            outcomes = e.results();
        }
        for (int i = 0; i < outcomes.size(); i++) {
            var entry = batch.entries().get(i);
            var line = entry.line();
            var outcome = outcomes.get(i);
            if (outcome.refused()) {
                results.set(entry.position(), answers.refused(line.number(), outcome.refusal()));
                continue;
            }
            var answer = CommandRecorder.Answer.of(outcome.outcome());
            if (line.idempotencyKey() != null) {
                remember.put(line.idempotencyKey(), recorder.stored(fingerprint(line), answer));
            }
            results.set(entry.position(), answers.recorded(line.number(), answer));
        }
    }

    /** A line refused before its track saw it, or the chunk's failure when it is no refusal. */
    private ObjectNode refused(ImportLine line, RuntimeException e) {
        if (!problems.isRefusal(e)) {
            throw e;
        }
        return answers.refused(line.number(), e);
    }

    private static String fingerprint(ImportLine line) {
        return CommandIntake.fingerprint(line.trackId(), null, line.body());
    }

    /** Consecutive lines of the chunk for one track, each with its command and where its answer goes. */
    private record TrackBatch(TrackId trackId, List<Entry> entries) {

        TrackBatch(TrackId trackId) {
            this(trackId, new ArrayList<>());
        }

        void add(int position, ImportLine line, RecordDevelopment command) {
            entries.add(new Entry(position, line, command));
        }

        RecordDevelopments command() {
            return new RecordDevelopments(trackId, entries.stream().map(Entry::command).toList());
        }

        /** @param position the line's place among the chunk's answers */
        record Entry(int position, ImportLine line, RecordDevelopment command) {
        }
    }
}
