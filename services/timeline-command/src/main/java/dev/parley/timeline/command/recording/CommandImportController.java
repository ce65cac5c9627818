package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.contract.json.TimelineJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
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
    /** Results are flushed to the client at least this often, so progress is visible. */
    private static final int FLUSH_EVERY_LINES = 50;
    private static final Logger log = LoggerFactory.getLogger(CommandImportController.class);

    private final CommandIntake intake;
    private final CommandProblems problems;
    private final ObjectMapper json;
    /** The largest body an import takes (default 1 GiB, some four million typical lines). */
    private final long maxBytes;

    CommandImportController(CommandIntake intake, CommandProblems problems,
            @Value("${parley.import.max-bytes:1073741824}") long maxBytes) {
        this.intake = intake;
        this.problems = problems;
        this.maxBytes = maxBytes;
        // the mix-in writes a problem's properties (errors, state, ...) at its top level, as Spring MVC does
        // a line is parsed to take out its trackId and then written again for the command reader: numbers
        // are kept exact, so 1e999 stays a number (and is refused in a text field) instead of becoming "Infinity"
        this.json = TimelineJson.newMapper().rebuild().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
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
        for (var line = lines.next(); line != null; line = lines.next()) {
            if (line.text().isBlank()) {
                continue;
            }
            var result = recordLine(line, idempotencyKey, principal);
            summary.count(result);
            write(out, result);
            if (result.path("status").asInt() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
                // PostgreSQL is away: the lines after this one would each wait for a connection and fail too
                summary.stopAt(line.number());
                break;
            }
            if (line.number() % FLUSH_EVERY_LINES == 0) {
                out.flush();
            }
        }
        write(out, json.createObjectNode().set("summary", summary.toJson(json)));
        out.flush();
        log.info("Import finished: {} lines, {} recorded, {} unchanged, {} failed",
                summary.lines(), summary.recorded(), summary.unchanged(), summary.failed());
    }

    private ObjectNode recordLine(BoundedLineReader.Line line, String batchKey, Principal principal) {
        var result = json.createObjectNode().put("line", line.number());
        try {
            if (line.truncated()) {
                throw new InvalidCommandException("line", "is longer than " + MAX_LINE_CHARS + " characters");
            }
            var document = readObject(line.text());
            var trackId = document.remove("trackId");
            if (trackId == null || !trackId.isTextual()) {
                throw new InvalidCommandException("trackId", "is required on every line: the track the command is for");
            }
            var key = batchKey == null ? null : batchKey + "#" + line.number();
            var answer = intake.submit(trackId.asText(), json.writeValueAsString(document), null, key, principal);
            result.put("status", answer.status().value());
            result.setAll((ObjectNode) json.valueToTree(answer.outcome()));
        } catch (RuntimeException | JsonProcessingException e) {
            var problem = problems.describe(e);
            result.put("status", problem.getStatus());
            result.set("problem", json.valueToTree(problem));
        }
        return result;
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
