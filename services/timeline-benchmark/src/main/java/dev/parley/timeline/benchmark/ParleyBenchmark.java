package dev.parley.timeline.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Starts the standalone Parley, loads it, measures it next to baselines taken on the same machine
 * and servers in the same run, and writes {@code report.md} and {@code report.json} (docs/performance.md).
 */
@Command(name = "parley-benchmark", mixinStandardHelpOptions = true,
        description = "Measures the standalone Parley against raw PostgreSQL and Kafka on the same machine, in the same run.")
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

    @Option(names = "--backlog-tracks", description = "tracks in the backlog instead of the size's (full: 1,000 tracks of"
            + " 1,000 events)")
    Integer backlogTracks;

    @Option(names = "--import-tracks", description = "tracks of the size's track length in the import file instead of the"
            + " size's (full: 100 tracks of 10,000 events, a 1,000,000-line file)")
    Integer importTracks;

    @Option(names = "--postgres-url", description = "an external PostgreSQL (jdbc:postgresql://host:port/db?user=..&password=..)"
            + " with an empty database; needs --kafka")
    String postgresUrl;

    @Option(names = "--kafka", description = "an external Kafka's bootstrap servers, without a parley.timeline.events topic;"
            + " needs --postgres-url")
    String kafka;

    @Option(names = "--profile", negatable = true, defaultValue = "true",
            description = "record Parley with the Java Flight Recorder and report which of its parts used the CPU: ${DEFAULT-VALUE}")
    boolean profile;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ParleyBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        run();
        return 0;
    }

    BenchmarkReport run() throws Exception {
        var named = BenchmarkSize.named(size);
        var withBacklog = backlogTracks == null ? named : named.withBacklogTracks(backlogTracks);
        var benchmarkSize = importTracks == null ? withBacklog : withBacklog.withImportTracks(importTracks);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no standalone jar at " + jar + ": build it with ./mvnw -q package -DskipTests");
        }
        if ((postgresUrl == null) != (kafka == null)) {
            throw new IllegalArgumentException("--postgres-url and --kafka go together: Parley needs both servers");
        }
        var external = postgresUrl == null ? null : StandaloneUnderTest.Servers.external(postgresUrl, kafka);
        var work = out.resolve("work");
        var recording = profile ? work.resolve("parley.jfr") : null;
        Files.deleteIfExists(work.resolve("parley.jfr"));
        var figures = new ArrayList<Figure>();
        Phases phases;
        try (var parley = StandaloneUnderTest.start(jar, work, external, recording)) {
            phases = new Phases(new ResourceUse(parley.pid()));
            figures.add(Figure.absolute("standalone start-up (fresh data directory, to ready)", parley.startUp().toMillis() / 1000.0,
                    "s"));
            parley.residentBytes().ifPresent(rss -> figures.add(Figure.absolute("resident memory at rest", mebibytes(rss), "MiB")));
            measure(parley, benchmarkSize, work, phases, figures);
            parley.residentBytes().ifPresent(rss -> figures.add(Figure.absolute("resident memory after the run", mebibytes(rss),
                    "MiB")));
            // how much of that is live data, and how much heap the JVM grew into and kept
            parley.liveHeapBytes().ifPresent(live -> figures.add(Figure.absolute(
                    "heap in use after the run, after a full collection", mebibytes(live), "MiB")));
            parley.residentBytes().ifPresent(rss -> figures.add(Figure.absolute(
                    "resident memory after that collection", mebibytes(rss), "MiB")));
        }
        Map<String, String> profiles = recording == null ? Map.of() : ThreadProfile.byPart(recording, phases.windows());
        var command = "java -jar parley-benchmark-exec.jar --size " + size
                + (backlogTracks == null ? "" : " --backlog-tracks " + backlogTracks)
                + (importTracks == null ? "" : " --import-tracks " + importTracks)
                + (external == null ? "" : " --postgres-url ... --kafka ...");
        var report = new BenchmarkReport(Instant.now(), command, size, BenchmarkReport.Machine.current(),
                List.copyOf(figures), BenchmarkReport.phases(phases.usages(), profiles));
        report.write(out);
        log.info("Report written to {}", out.resolve("report.md"));
        return report;
    }

    private void measure(StandaloneUnderTest parley, BenchmarkSize size, Path work, Phases phases, List<Figure> figures)
            throws Exception {
        // the first track is the one read and copied into the backlog; the others make the import as long as asked
        var workloads = IntStream.range(0, size.importTracks())
                .mapToObj(i -> new TrackWorkload(i == 0 ? TRACK : TRACK + "-" + (i + 1), size.trackEvents()))
                .toList();
        var workload = workloads.get(0);
        var file = work.resolve("import.ndjson");
        TrackWorkload.write(file, workloads);
        figures.add(phases.run("import", () -> importTracks(parley, file, workloads)));
        var jdbcUrl = parley.servers().jdbcUrl();
        try (var raw = RawPostgres.prepare(jdbcUrl, 1000)) {
            var many = new LoadTracks("load", size.loadTracks());
            many.announce(parley.http(), work);
            var hot = new LoadTracks("hot", 1);
            hot.announce(parley.http(), work);
            var peak = new AtomicLong();
            try (var sampler = MemorySampler.start(parley, peak)) {
                figures.addAll(new CommandFigures(parley.http(), raw, size.load(), phases).measure(many, hot));
            }
            figures.add(Figure.absolute("resident memory under command load (peak)", mebibytes(peak.get()), "MiB"));
            var pipeline = new PipelineFigures(parley, size, phases);
            figures.addAll(pipeline.steady(many));
            figures.addAll(pipeline.backlog(TRACK));
            log.info("Measuring reads on a track of {} events with the backlog stored", size.trackEvents());
            figures.addAll(phases.run("reads", () -> new ReadFigures(parley.http(), jdbcUrl, TRACK, size.queries()).measure(
                    new Instant[] {TrackWorkload.FIRST_OCCURRENCE, workload.lastOccurrence()}, recordedSpan(parley))));
            figures.addAll(pipeline.rebuild());
        }
    }

    /** Imports the tracks through the batch API and waits until the projection has all of them. */
    private static Figure importTracks(StandaloneUnderTest parley, Path file, List<TrackWorkload> tracks)
            throws InterruptedException {
        int events = tracks.stream().mapToInt(TrackWorkload::events).sum();
        log.info("Importing {} tracks, {} events", tracks.size(), events);
        var started = Instant.now();
        var summary = parley.http().importFile(file);
        var finished = Instant.now();
        if (summary.path("recorded").asInt() != events) {
            throw new IllegalStateException("the import recorded " + summary + " instead of " + events + " events");
        }
        var deadline = finished.plus(Duration.ofMinutes(30));
        // in the order they were imported, so that most are complete by the time they are asked about
        for (var track : tracks) {
            while (projectedVersion(parley, track.trackId()) < track.events()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the projection did not catch up within 30 minutes");
                }
                Thread.sleep(200);
            }
        }
        double seconds = Duration.between(started, finished).toMillis() / 1000.0;
        return Figure.absolute("NDJSON import, one " + events + "-line file (events/s)", events / seconds, "per s",
                Figure.Target.atLeast(20_000, "at least 20,000 events/s"));
    }

    /** When the track's first and last events were recorded: the span in which knownAt means something. */
    private static Instant[] recordedSpan(StandaloneUnderTest parley) {
        var first = parley.http().get("/api/v1/timeline", "track", TRACK, "limit", "1").path("developments").get(0);
        var latest = parley.http().get("/api/v1/tracks/" + TRACK, "developments", "1").path("developments").get(0);
        return new Instant[] {Instant.parse(first.path("recordedAt").asText()), Instant.parse(latest.path("recordedAt").asText())};
    }

    private static long projectedVersion(StandaloneUnderTest parley, String trackId) {
        try {
            return parley.http().get("/api/v1/tracks/" + trackId, "developments", "0").path("version").asLong();
        } catch (IllegalStateException e) {
            // not projected yet
            return 0;
        }
    }

    static double mebibytes(long bytes) {
        return bytes / (1024.0 * 1024);
    }
}
