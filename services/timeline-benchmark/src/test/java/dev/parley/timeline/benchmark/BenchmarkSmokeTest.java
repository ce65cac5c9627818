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
                "standalone start-up (fresh data directory, to ready)", "NDJSON import, one track (events/s)",
                "track view asOf (10,000-event track) p99", "track view knownAt p99", "timeline page (100) asOf p99");
        assertThat(report.figures()).allSatisfy(figure -> assertThat(figure.value()).as(figure.name()).isPositive());
        assertThat(report.figures()).filteredOn(figure -> figure.baseline() != null)
                .isNotEmpty()
                .allSatisfy(figure -> assertThat(figure.ratio()).as(figure.name())
                        .isEqualTo(figure.baseline() / figure.value()));
        var json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(json.get("figures")).hasSize(report.figures().size());
        assertThat(Files.readString(out.resolve("report.md"))).contains("| track view knownAt p99 |", "cores");
    }
}
