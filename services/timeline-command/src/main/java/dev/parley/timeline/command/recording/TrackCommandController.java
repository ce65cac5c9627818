package dev.parley.timeline.command.recording;

import dev.parley.timeline.command.track.CommandOutcome;
import dev.parley.timeline.contract.track.TrackId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/tracks/{trackId}/commands}: records one development on a track. Answers
 * 201 with the new event's id and the track's version (also in {@code ETag}), or 200 when the
 * command repeated a known fact and nothing was stored.
 */
@RestController
class TrackCommandController {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[\\x21-\\x7E]{1,200}$");
    private static final Pattern VERSION_TAG = Pattern.compile("^\"?(\\d{1,18})\"?$");

    private final CommandDocumentReader reader;
    private final CommandContextFactory contexts;
    private final CommandRecorder recorder;

    TrackCommandController(CommandDocumentReader reader, CommandContextFactory contexts, CommandRecorder recorder) {
        this.reader = reader;
        this.contexts = contexts;
        this.recorder = recorder;
    }

    @PostMapping(path = "/api/v1/tracks/{trackId}/commands", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandOutcome> record(
            @PathVariable String trackId,
            @RequestBody(required = false) String body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Principal principal) {
        var track = trackId(trackId);
        var expectedVersion = expectedVersion(ifMatch);
        requireValidKey(idempotencyKey);
        var document = reader.read(body);
        var context = contexts.contextFor(document, principal, expectedVersion, UUID.randomUUID());
        var answer = recorder.record(document.toCommand(track, context), idempotencyKey,
                fingerprint(trackId, ifMatch, body));
        return ResponseEntity.status(answer.status())
                .eTag(Long.toString(answer.outcome().version()))
                .body(answer.outcome());
    }

    static TrackId trackId(String value) {
        try {
            return new TrackId(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("trackId", "must be a lower-case slug of at most 64 letters, digits "
                    + "and hyphens, starting with a letter or digit");
        }
    }

    /** {@code If-Match: "3"} (or bare 3) expects version 3; {@code *} or no header checks nothing. */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return null;
        }
        var matcher = VERSION_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidCommandException("If-Match", "must be a track version as given in ETag, such as \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static void requireValidKey(String key) {
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new InvalidCommandException("Idempotency-Key", "must be 1 to 200 visible ASCII characters");
        }
    }

    private static String fingerprint(String trackId, String ifMatch, String body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((trackId + '\n' + ifMatch + '\n' + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
