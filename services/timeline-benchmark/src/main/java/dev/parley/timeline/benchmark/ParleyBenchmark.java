package dev.parley.timeline.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Starts the standalone Parley, loads it, measures it next to baselines taken on the same machine
 * in the same run, and writes {@code report.md} and {@code report.json} (docs/performance.md).
 */
@Command(name = "parley-benchmark", mixinStandardHelpOptions = true,
        description = "Measures the standalone Parley against raw PostgreSQL on the same machine, in the same run.")
public final class ParleyBenchmark implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ParleyBenchmark.class);
    private static final String TRACK = "benchmark-talks";

    @Option(names = "--size", description = "smoke (proves every figure can be produced) or full (the reported run): ${DEFAULT-VALUE}",
            defaultValue = "full")
    String size;

    @Option(names = "--jar", description = "the standalone jar to start: ${DEFAULT-VALUE}",
            defaultValue = "services/timeline-standalone/target/timeline-standalone.jar")
    Path jar;

    @Option(names = "--out", description = "where the report and Parley's log go: ${DEFAULT-VALUE}",
            defaultValue = "services/timeline-benchmark/target/benchmark")
    Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ParleyBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        run();
        return 0;
    }

    BenchmarkReport run() throws Exception {
        var benchmarkSize = BenchmarkSize.valueOf(size.toUpperCase(Locale.ROOT));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no standalone jar at " + jar + ": build it with ./mvnw -q package -DskipTests");
        }
        var figures = new ArrayList<Figure>();
        try (var parley = StandaloneUnderTest.start(jar, out.resolve("work"))) {
            figures.add(Figure.absolute("standalone start-up (fresh data directory, to ready)",
                    parley.startUp().toMillis() / 1000.0, "s", null));
            parley.residentBytes().ifPresent(rss -> figures.add(Figure.absolute("resident memory at rest", mebibytes(rss),
                    "MiB", null)));
            var workload = new TrackWorkload(TRACK, benchmarkSize.trackEvents);
            var file = out.resolve("work").resolve("track.ndjson");
            workload.write(file);
            var imported = importTrack(parley, file, benchmarkSize.trackEvents);
            figures.add(imported.figure());
            log.info("Measuring reads on a track of {} events", benchmarkSize.trackEvents);
            figures.addAll(new ReadFigures(parley.http(), parley.jdbcUrl(), TRACK, benchmarkSize.queries).measure(
                    new Instant[] {TrackWorkload.FIRST_OCCURRENCE, workload.lastOccurrence()},
                    recordedSpan(parley)));
            parley.residentBytes().ifPresent(rss -> figures.add(Figure.absolute("resident memory after the run",
                    mebibytes(rss), "MiB", null)));
        }
        var report = new BenchmarkReport(Instant.now(), "java -jar parley-benchmark-exec.jar --size " + size,
                size, BenchmarkReport.Machine.current(), List.copyOf(figures));
        report.write(out);
        log.info("Report written to {}", out.resolve("report.md"));
        return report;
    }

    private record Imported(Figure figure) {
    }

    /** Imports the track through the batch API and waits until the projection has all of it. */
    private static Imported importTrack(StandaloneUnderTest parley, Path file, int events) throws InterruptedException {
        log.info("Importing a track of {} events", events);
        var started = Instant.now();
        var summary = parley.http().importFile(file);
        var finished = Instant.now();
        if (summary.path("recorded").asInt() != events) {
            throw new IllegalStateException("the import recorded " + summary + " instead of " + events + " events");
        }
        var deadline = finished.plus(Duration.ofMinutes(10));
        while (projectedVersion(parley) < events) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the projection did not catch up within 10 minutes");
            }
            Thread.sleep(200);
        }
        double seconds = Duration.between(started, finished).toMillis() / 1000.0;
        return new Imported(Figure.absolute("NDJSON import, one track (events/s)", events / seconds, "events/s",
                "at least 20,000 events/s"));
    }

    /** When the track's first and last events were recorded: the span in which knownAt means something. */
    private static Instant[] recordedSpan(StandaloneUnderTest parley) {
        var first = parley.http().get("/api/v1/timeline", "track", TRACK, "limit", "1").path("developments").get(0);
        var latest = parley.http().get("/api/v1/tracks/" + TRACK, "developments", "1").path("developments").get(0);
        return new Instant[] {Instant.parse(first.path("recordedAt").asText()), Instant.parse(latest.path("recordedAt").asText())};
    }

    private static long projectedVersion(StandaloneUnderTest parley) {
        try {
            return parley.http().get("/api/v1/tracks/" + TRACK, "developments", "0").path("version").asLong();
        } catch (IllegalStateException e) {
            // not projected yet
            return 0;
        }
    }

    private static double mebibytes(long bytes) {
        return bytes / (1024.0 * 1024);
    }
}
