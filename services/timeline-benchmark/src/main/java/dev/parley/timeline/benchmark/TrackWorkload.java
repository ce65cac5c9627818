package dev.parley.timeline.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One long track as an NDJSON import file: an announcement, ten sticking points, then a steady mix
 * of positions, moods, narrowings and list exchanges, one development every six hours. Every
 * command records an event (none is a no-op repeat), so the track ends with exactly
 * {@code events} events.
 */
final class TrackWorkload {

    static final Instant FIRST_OCCURRENCE = Instant.parse("2000-01-01T00:00:00Z");
    static final Duration SPACING = Duration.ofHours(6);
    private static final int ISSUES = 10;
    private static final List<String> ACTORS = List.of("israel", "hamas", "egypt", "qatar", "united-states", "turkey",
            "france", "jordan");
    private static final List<String> STANCES = List.of("demand", "condition", "refusal", "support", "opposition", "proposal");
    private static final List<String> MOODS = List.of("optimistic", "cautious", "pessimistic", "deadlocked");

    private final ObjectMapper json = new ObjectMapper();
    private final String trackId;
    private final int events;

    TrackWorkload(String trackId, int events) {
        this.trackId = trackId;
        this.events = events;
    }

    Instant lastOccurrence() {
        return FIRST_OCCURRENCE.plus(SPACING.multipliedBy(events - 1L));
    }

    String trackId() {
        return trackId;
    }

    int events() {
        return events;
    }

    /** One NDJSON file with every track's commands, one track after another. */
    static void write(Path file, List<TrackWorkload> tracks) throws IOException {
        try (var out = Files.newBufferedWriter(file)) {
            for (var track : tracks) {
                for (int i = 0; i < track.events; i++) {
                    out.write(track.json.writeValueAsString(track.command(i)));
                    out.newLine();
                }
            }
        }
    }

    private ObjectNode command(int i) {
        var command = json.createObjectNode()
                .put("trackId", trackId)
                .put("occurredAt", FIRST_OCCURRENCE.plus(SPACING.multipliedBy(i)).toString())
                .put("occurredAtPrecision", "instant")
                .put("confidence", "reported")
                .put("summary", "Benchmark development " + i + " of " + events);
        command.putArray("sources").addObject().put("publisher", "Parley benchmark");
        if (i == 0) {
            command.put("type", "track-announced").put("name", "Benchmark talks").put("kind", "indirect-talks");
            command.set("host", actor("egypt"));
        } else if (i <= ISSUES) {
            command.put("type", "sticking-point-raised").put("issueId", issue(i)).put("title", "Issue " + i);
        } else {
            fill(command, i);
        }
        return command;
    }

    private void fill(ObjectNode command, int i) {
        switch (i % 4) {
            case 0 -> command.put("type", "assessment-reported").put("mood", MOODS.get(i / 4 % MOODS.size()))
                    .put("expectation", "Expectation " + i);
            case 1 -> {
                command.put("type", "hostage-list-exchanged");
                command.set("from", actor(ACTORS.get(i % 2)));
                command.putArray("lists").addObject().put("kind", "hostages");
            }
            case 2 -> command.put("type", "sticking-point-narrowed").put("issueId", issue(i % ISSUES + 1))
                    .put("note", "Narrowed at development " + i);
            default -> {
                command.put("type", "position-stated").put("issueId", issue(i % ISSUES + 1))
                        .put("stance", STANCES.get(i % STANCES.size())).put("statement", "Statement " + i);
                command.set("actor", actor(ACTORS.get(i % ACTORS.size())));
            }
        }
    }

    private ObjectNode actor(String id) {
        return json.createObjectNode().put("id", id).put("name", id).put("kind", "state");
    }

    private static String issue(int n) {
        return "issue-" + n;
    }
}
