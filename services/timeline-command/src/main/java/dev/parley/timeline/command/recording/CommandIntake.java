package dev.parley.timeline.command.recording;

import dev.parley.timeline.command.track.RecordDevelopment;
import dev.parley.timeline.command.track.TrackRuleViolation;
import dev.parley.timeline.contract.track.TrackId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;

/**
 * Takes one command document from the outside world to the track: checks the request's headers,
 * reads the document strictly, stamps its context, checks references to other tracks, and records
 * it. The single-command endpoint and the NDJSON import share it, so a line of an import is
 * judged exactly as the same document posted alone.
 */
@Service
class CommandIntake {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[\\x21-\\x7E]{1,200}$");
    private static final Pattern VERSION_TAG = Pattern.compile("^\"?(\\d{1,18})\"?$");

    private final CommandDocumentReader reader;
    private final CommandContextFactory contexts;
    private final CommandRecorder recorder;
    private final EventStore eventStore;

    CommandIntake(CommandDocumentReader reader, CommandContextFactory contexts, CommandRecorder recorder,
            EventStore eventStore) {
        this.reader = reader;
        this.contexts = contexts;
        this.recorder = recorder;
        this.eventStore = eventStore;
    }

    /**
     * @param body the JSON command document, without its track id
     * @param ifMatch the {@code If-Match} value, or null
     * @param idempotencyKey the {@code Idempotency-Key}, or null
     */
    CommandRecorder.Answer submit(String trackId, String body, String ifMatch, String idempotencyKey, Principal principal) {
        var command = command(trackId, body, ifMatch, idempotencyKey, principal);
        return recorder.record(command, idempotencyKey, fingerprint(trackId, ifMatch, body));
    }

    /**
     * Everything {@link #submit} does before recording: the command a document stands for. An
     * import's chunk calls it inside its transaction, so a link to a track announced earlier in
     * the chunk is found.
     */
    RecordDevelopment command(String trackId, String body, String ifMatch, String idempotencyKey, Principal principal) {
        var track = trackId(trackId);
        var expectedVersion = expectedVersion(ifMatch);
        requireValidKey(idempotencyKey);
        var document = reader.read(body);
        var correlationId = UUID.randomUUID();
        var context = contexts.contextFor(document, principal, expectedVersion, correlationId);
        var link = document instanceof EventCorrectedDocument correction ? correction.replacement() : document;
        if (link instanceof TracksLinkedDocument linked) {
            requireLinkableTrack(track, linked.linkedTrackId());
        }
        return document.toCommand(track, context, contexts.nestedContexts(principal, correlationId));
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

    static void requireValidKey(String key) {
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new InvalidCommandException("Idempotency-Key", "must be 1 to 200 visible ASCII characters");
        }
    }

    /** The track a link points at lives in another aggregate: the event store says whether it exists. */
    private void requireLinkableTrack(TrackId track, String linkedTrackId) {
        if (track.value().equals(linkedTrackId)) {
            throw new InvalidCommandException("linkedTrackId", "must name another track, not the track itself");
        }
        if (eventStore.lastSequenceNumberFor(linkedTrackId).isEmpty()) {
            throw new TrackRuleViolation("linked-track-not-found", "linkedTrackId",
                    "track '" + linkedTrackId + "' has not been announced; announce it before linking to it");
        }
    }

    /** What a stored answer is compared with when its {@code Idempotency-Key} comes again. */
    static String fingerprint(String trackId, String ifMatch, String body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((trackId + '\n' + ifMatch + '\n' + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
