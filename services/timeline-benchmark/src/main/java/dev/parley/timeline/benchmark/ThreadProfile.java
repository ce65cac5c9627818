package dev.parley.timeline.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Which part of Parley used its CPU during a phase, from the Java Flight Recorder's execution
 * samples: each sample names the thread that was running, and Parley's threads are named by
 * their work (HTTP requests, the publisher, the projection, the in-process broker).
 */
final class ThreadProfile {

    private static final Map<String, String> PARTS = parts();

    private ThreadProfile() {
    }

    /** A phase of the run, by wall-clock time. */
    record Window(String phase, Instant start, Instant end) {
    }

    /** Each window's share of execution samples by part, largest first, e.g. "HTTP requests 61%, publisher 12%". */
    static Map<String, String> byPart(Path recording, List<Window> windows) throws IOException {
        var counts = new LinkedHashMap<String, Map<String, Integer>>();
        windows.forEach(window -> counts.put(window.phase(), new TreeMap<>()));
        for (var event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            var time = event.getStartTime();
            for (var window : windows) {
                if (!time.isBefore(window.start()) && time.isBefore(window.end())) {
                    counts.get(window.phase()).merge(part(event), 1, Integer::sum);
                }
            }
        }
        var shares = new LinkedHashMap<String, String>();
        counts.forEach((phase, parts) -> shares.put(phase, describe(parts)));
        return shares;
    }

    private static String describe(Map<String, Integer> parts) {
        int total = parts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "";
        }
        return parts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .filter(part -> part.getValue() * 20 >= total)
                .map(part -> String.format(Locale.ROOT, "%s %.0f%%", part.getKey(), 100.0 * part.getValue() / total))
                .collect(Collectors.joining(", "));
    }

    private static String part(RecordedEvent sample) {
        var thread = sample.getThread("sampledThread");
        var name = thread == null || thread.getJavaName() == null ? "" : thread.getJavaName();
        return PARTS.entrySet().stream().filter(part -> name.startsWith(part.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("other");
    }

    private static Map<String, String> parts() {
        var parts = new LinkedHashMap<String, String>();
        parts.put("http-nio", "HTTP requests");
        parts.put("timeline-consumer", "projection");
        parts.put("projection-rebuild", "rebuild");
        parts.put("parley-publisher", "publisher");
        parts.put("kafka-producer-network-thread", "Kafka clients");
        parts.put("data-plane-kafka", "broker");
        parts.put("kafka-", "broker");
        parts.put("ExpirationReaper", "broker");
        parts.put("executor-", "broker");
        return parts;
    }
}
