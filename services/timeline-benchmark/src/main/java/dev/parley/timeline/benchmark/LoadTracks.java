package dev.parley.timeline.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tracks that command load goes to, announced up front, and the commands sent to them: each an
 * assessment with a text of its own, so every command records an event (none repeats a known fact).
 */
final class LoadTracks {

    private static final Instant ANNOUNCED = Instant.parse("2001-01-01T00:00:00Z");
    private static final List<String> MOODS = List.of("optimistic", "cautious", "pessimistic", "deadlocked");

    private final ObjectMapper json = new ObjectMapper();
    private final String prefix;
    private final int tracks;
    private final AtomicLong commands = new AtomicLong();

    LoadTracks(String prefix, int tracks) {
        this.prefix = prefix;
        this.tracks = tracks;
    }

    /** Announces every track through the batch API. */
    void announce(ParleyHttp http, Path workDir) throws IOException {
        var file = workDir.resolve(prefix + ".ndjson");
        try (var out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < tracks; i++) {
                var command = json.createObjectNode().put("trackId", trackId(i)).put("type", "track-announced")
                        .put("occurredAt", ANNOUNCED.toString()).put("occurredAtPrecision", "instant")
                        .put("confidence", "reported").put("summary", "Load track " + i)
                        .put("name", "Load track " + i).put("kind", "indirect-talks");
                command.putArray("sources").addObject().put("publisher", "Parley benchmark");
                out.write(json.writeValueAsString(command));
                out.newLine();
            }
        }
        var summary = http.importFile(file);
        if (summary.path("recorded").asInt() != tracks) {
            throw new IllegalStateException("announcing the load tracks recorded " + summary);
        }
    }

    String trackId(int i) {
        return prefix + "-" + i;
    }

    /** Whether a record's key is one of these tracks. */
    boolean owns(String trackId) {
        return trackId.startsWith(prefix + "-");
    }

    String randomTrack() {
        return trackId(ThreadLocalRandom.current().nextInt(tracks));
    }

    /** The next command: a new assessment, later than every one before it. */
    String nextCommand() {
        long n = commands.incrementAndGet();
        var command = json.createObjectNode().put("type", "assessment-reported")
                .put("occurredAt", ANNOUNCED.plusSeconds(n).toString()).put("occurredAtPrecision", "instant")
                .put("confidence", "reported").put("summary", "Load development " + n)
                .put("mood", MOODS.get((int) (n % MOODS.size()))).put("expectation", "Expectation " + n);
        command.putArray("sources").addObject().put("publisher", "Parley benchmark");
        try {
            return json.writeValueAsString(command);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends one command to a track and insists it was recorded. */
    ParleyHttp.Answer send(ParleyHttp http, String trackId) {
        var answer = http.postCommand(trackId, nextCommand());
        requireRecorded(answer, trackId);
        return answer;
    }

    static void requireRecorded(ParleyHttp.Answer answer, String trackId) {
        if (answer.status() != 201) {
            throw new IllegalStateException("a command to " + trackId + " was answered " + answer.status() + ": " + answer.body());
        }
    }
}
