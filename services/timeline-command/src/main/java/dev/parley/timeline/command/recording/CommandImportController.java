package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/commands} with {@code application/x-ndjson}: records one command document
 * per line, each naming its {@code trackId}. The body is first copied to a temporary file, then
 * read and answered one line at a time, so a file of any length flows through in constant memory;
 * the answer is NDJSON too, one result per non-blank input line in input order, then a summary
 * line. Spooling first matters: many HTTP/1.1 clients (java.net.http among them) read no answer
 * before they have sent the whole request, and an answer streamed while they send would fill the
 * connection's buffers on both sides and hang.
 *
 * <p>Every line stands alone: a bad line is answered with its problem and the import goes on with
 * the next one; nothing already recorded is undone. A line is judged exactly as the same document
 * posted to {@code /api/v1/tracks/{trackId}/commands}. With an {@code Idempotency-Key} header,
 * line n gets the key {@code <key>#n}, so re-sending the same file after an interruption records
 * nothing twice.
 *
 * <p>Lines are recorded in chunks of up to {@code parley.import.chunk-lines} lines, each chunk in
 * one transaction ({@link ImportChunks}), and a chunk's lines are answered once it has committed:
 * a line answered is a line stored. A chunk that fails as a whole is recorded again a line at a
 * time, each line in its own transaction as before chunks.
 *
 * <p>A line answered {@code 503} (PostgreSQL out of reach) ends the import there: the summary names
 * that line in {@code stoppedAtLine}, and sending the same file again with the same
 * {@code Idempotency-Key} resumes it.
 */
@RestController
class CommandImportController {

    static final String NDJSON = "application/x-ndjson";
    /** Longer lines are refused without being read whole: no command document needs a megabyte. */
    static final int MAX_LINE_CHARS = 1 << 20;
    static final int MAX_BATCH_KEY_CHARS = 180;
    static final String CHUNKS_METRIC = "parley.import.chunks";
    private static final Logger log = LoggerFactory.getLogger(CommandImportController.class);

    private final CommandIntake intake;
    private final ImportChunks chunks;
    private final ImportAnswers answers;
    private final ObjectMapper json;
    /** The largest body an import takes (default 1 GiB, some four million typical lines). */
    private final long maxBytes;
    /** The most lines one transaction records. */
    private final int chunkLines;
    private final Counter committedChunks;
    /** Chunks recorded again a line at a time: a steady rise means imports run far slower than they could. */
    private final Counter failedChunks;

    CommandImportController(CommandIntake intake, ImportChunks chunks, ImportAnswers answers, MeterRegistry meters,
            @Value("${parley.import.max-bytes:1073741824}") long maxBytes,
            @Value("${parley.import.chunk-lines:1024}") int chunkLines) {
        if (chunkLines < 1) {
            throw new IllegalArgumentException("parley.import.chunk-lines must be at least 1, was " + chunkLines);
        }
        this.intake = intake;
        this.chunks = chunks;
        this.answers = answers;
        this.json = answers.json();
        this.maxBytes = maxBytes;
        this.chunkLines = chunkLines;
        this.committedChunks = meters.counter(CHUNKS_METRIC, "outcome", "committed");
        this.failedChunks = meters.counter(CHUNKS_METRIC, "outcome", "failed");
    }

    @PostMapping(path = "/api/v1/commands", consumes = NDJSON, produces = NDJSON)
    void importCommands(HttpServletRequest request, HttpServletResponse response,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Principal principal)
            throws IOException {
        if (idempotencyKey != null && (idempotencyKey.length() > MAX_BATCH_KEY_CHARS || idempotencyKey.isBlank())) {
            // each line's key is the batch key plus "#<line>", and keys are at most 200 characters
            throw new InvalidCommandException("Idempotency-Key", "must be 1 to " + MAX_BATCH_KEY_CHARS
                    + " visible ASCII characters for an import");
        }
        CommandIntake.requireValidKey(idempotencyKey);
        var spool = Files.createTempFile("parley-import-", ".ndjson");
        try {
            try (var body = request.getInputStream(); var copy = Files.newOutputStream(spool)) {
                spool(body, copy);
            }
            response.setStatus(HttpStatus.OK.value());
            response.setContentType(NDJSON);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            // bytes that are not UTF-8 fail their own line rather than ending the whole import
            try (var in = Utf8Text.forLines(Files.newInputStream(spool))) {
                recordLines(new BoundedLineReader(in, MAX_LINE_CHARS), response.getOutputStream(), idempotencyKey, principal);
            }
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** Copies the body, refusing (413) one larger than the configured limit before the disk fills up. */
    private void spool(InputStream body, OutputStream copy) throws IOException {
        var buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
            total += read;
            if (total > maxBytes) {
                throw new ImportTooLargeException(maxBytes);
            }
            copy.write(buffer, 0, read);
        }
    }

    private void recordLines(BoundedLineReader lines, OutputStream out, String idempotencyKey, Principal principal)
            throws IOException {
        var summary = new ImportSummary();
        var pending = new ArrayList<ImportLine>(chunkLines);
        boolean going = true;
        for (var line = lines.next(); line != null && going; line = lines.next()) {
            if (!line.text().isBlank()) {
                pending.add(read(line, idempotencyKey));
                going = pending.size() < chunkLines || recordPending(pending, out, summary, principal);
            }
        }
        while (going && !pending.isEmpty()) {
            going = recordPending(pending, out, summary, principal);
        }
        write(out, json.createObjectNode().set("summary", summary.toJson(json)));
        out.flush();
        log.info("Import finished: {} lines, {} recorded, {} unchanged, {} failed",
                summary.lines(), summary.recorded(), summary.unchanged(), summary.failed());
    }

    /**
     * Records the first of the pending lines as a chunk, answers them and takes them off the list.
     *
     * @return false when the import stops (a line answered 503)
     */
    private boolean recordPending(List<ImportLine> pending, OutputStream out, ImportSummary summary, Principal principal)
            throws IOException {
        List<ObjectNode> results;
        try {
            results = chunks.record(pending, principal);
            committedChunks.increment();
        } catch (RuntimeException e) {
            failedChunks.increment();
            // nothing of the chunk was stored: its lines are recorded as they were before chunks, each alone
            log.info("A chunk of {} import lines from line {} failed as a whole ({}); recording them one at a time",
                    pending.size(), pending.get(0).number(), e.getClass().getSimpleName());
            log.debug("The chunk's failure", e);
            results = recordOneByOne(pending, principal);
        }
        pending.subList(0, results.size()).clear();
        for (var result : results) {
            summary.count(result);
            write(out, result);
            if (ImportAnswers.status(result) == HttpStatus.SERVICE_UNAVAILABLE.value()) {
                // PostgreSQL is away: the lines after this one would each wait for a connection and fail too
                summary.stopAt(result.path("line").asLong());
                return false;
            }
        }
        out.flush();
        return true;
    }

    /** Each line in its own transaction, up to the first answered 503. */
    private List<ObjectNode> recordOneByOne(List<ImportLine> lines, Principal principal) {
        var results = new ArrayList<ObjectNode>(lines.size());
        for (var line : lines) {
            var result = line.answered() ? line.answer() : recordAlone(line, principal);
            results.add(result);
            if (ImportAnswers.status(result) == HttpStatus.SERVICE_UNAVAILABLE.value()) {
                break;
            }
        }
        return results;
    }

    private ObjectNode recordAlone(ImportLine line, Principal principal) {
        try {
            var answer = intake.submit(line.trackId(), line.body(), null, line.idempotencyKey(), principal);
            return answers.recorded(line.number(), answer);
        } catch (RuntimeException e) {
            return answers.refused(line.number(), e);
        }
    }

    /** Reads a line as a command document for a track, or answers it with why it is none. */
    private ImportLine read(BoundedLineReader.Line line, String batchKey) {
        try {
            if (line.truncated()) {
                throw new InvalidCommandException("line", "is longer than " + MAX_LINE_CHARS + " characters");
            }
            var document = readObject(line.text());
            var trackId = document.remove("trackId");
            if (trackId == null || !trackId.isTextual()) {
                throw new InvalidCommandException("trackId", "is required on every line: the track the command is for");
            }
            // refused here as a single POST would refuse it, before any chunk needs its lock
            CommandIntake.trackId(trackId.asText());
            var key = batchKey == null ? null : batchKey + "#" + line.number();
            return new ImportLine(line.number(), trackId.asText(), json.writeValueAsString(document), key, null);
        } catch (RuntimeException | JsonProcessingException e) {
            return ImportLine.refused(line.number(), answers.refused(line.number(), e));
        }
    }

    private ObjectNode readObject(String line) {
        try {
            if (json.readTree(line) instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            var location = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            throw new InvalidCommandException("line", "is not a valid JSON object" + location);
        }
        throw new InvalidCommandException("line", "must be a JSON object: {\"trackId\": ..., \"type\": ..., ...}");
    }

    private void write(OutputStream out, ObjectNode result) throws IOException {
        out.write(json.writeValueAsBytes(result));
        out.write('\n');
    }
}
