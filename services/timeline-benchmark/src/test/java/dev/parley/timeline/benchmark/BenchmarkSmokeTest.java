package dev.parley.timeline.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The benchmark at its smoke size against the standalone jar built in this reactor: it must still
 * start Parley, load it, take every figure with its baseline and write both reports. No timing
 * is asserted: a test on a shared machine cannot judge speed (docs/performance.md).
 */
class BenchmarkSmokeTest {

    @TempDir
    Path out;

    @Test
    void aSmokeRunWritesEveryFigureWithItsBaselineAndRatio() throws Exception {
        var jar = Path.of(System.getProperty("parley.benchmark.jar"));
        assertThat(jar).as("the standalone jar is built before this module").isRegularFile();
        var benchmark = new ParleyBenchmark();
        new CommandLine(benchmark).parseArgs("--size", "smoke", "--jar", jar.toString(), "--out", out.toString());

        var report = benchmark.run();

        assertThat(report.figures()).extracting(Figure::name).contains(
                "standalone start-up (fresh data directory, to ready)",
                "NDJSON import, one 400-line file (events/s)",
                "raw single-row inserts, 32 connections",
                "commands over many tracks, 32 clients (commands/s)",
                "commands over one hot track, 32 clients (commands/s)",
                "end to end, accepted → visible in the query API at 50 commands/s p99",
                "publication of a 500-event backlog (events/s)",
                "publication of the backlog, against a producer batched alike (events/s)",
                "projection rebuild from the topic (events/s)",
                "track view asOf (10,000-event track) p99",
                "resident memory under command load (peak)",
                "heap in use after the run, after a full collection");
        assertThat(report.figures()).filteredOn(figure -> !figure.unit().equals("commands"))
                .allSatisfy(figure -> assertThat(figure.value()).as(figure.name()).isPositive());
        assertThat(report.figures()).filteredOn(figure -> figure.baseline() != null)
                .isNotEmpty()
                .allSatisfy(figure -> assertThat(figure.ratio()).as(figure.name()).isEqualTo(figure.isLatency()
                        ? figure.baseline() / figure.value() : figure.value() / figure.baseline()));
        assertThat(report.figures()).filteredOn(figure -> figure.target() != null)
                .as("every target says whether it was met")
                .allSatisfy(figure -> assertThat(figure.met()).as(figure.name()).isNotNull());
        assertThat(report.phases()).extracting(BenchmarkReport.Phase::name).contains("projection rebuild", "raw producer",
                "raw producer, batched as the publisher");
        assertThat(report.phases()).filteredOn(phase -> phase.name().startsWith("commands"))
                .as("Parley's own CPU is measured while it takes commands")
                .allSatisfy(phase -> assertThat(phase.parleyCores()).as(phase.name()).isPositive());
        var json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(json.get("figures")).hasSize(report.figures().size());
        assertThat(Files.readString(out.resolve("report.md"))).contains("| commands over one hot track, 8 clients p99 |", "cores",
                "| projection rebuild |");
    }
}
