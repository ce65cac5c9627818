package dev.parley.timeline.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report of one run, as Markdown for people and JSON for tools. */
record BenchmarkReport(Instant date, String command, String size, Machine machine, List<Figure> figures, List<Phase> phases) {

    /**
     * One phase of the run and the cores each process group kept busy during it.
     *
     * @param parleyProfile which parts of Parley used its CPU (Java Flight Recorder samples), or empty
     */
    record Phase(String name, double seconds, double parleyCores, double postgresCores, double benchmarkCores,
            double machineBusyPercent, String parleyProfile) {
    }

    static List<Phase> phases(List<ResourceUse.Usage> usages, Map<String, String> profiles) {
        return usages.stream().map(usage -> new Phase(usage.phase(), usage.seconds(), usage.parleyCores(), usage.postgresCores(),
                usage.benchmarkCores(), 100 * usage.busyShare(), profiles.getOrDefault(usage.phase(), ""))).toList();
    }

    /** Where the run happened: the figures mean little without it. */
    record Machine(int cores, long memoryBytes, String os, String java) {

        static Machine current() {
            var os = ManagementFactory.getOperatingSystemMXBean();
            long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
            return new Machine(Runtime.getRuntime().availableProcessors(), memory,
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        }
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("report.json").toFile(), this);
        Files.writeString(directory.resolve("report.md"), markdown());
    }

    String markdown() {
        var md = new StringBuilder();
        md.append("Run on ").append(date).append(" (size ").append(size).append(") with `").append(command).append("`\n\n");
        md.append(String.format(Locale.ROOT, "Machine: %d cores, %.1f GiB, %s, %s%n%n", machine.cores(),
                machine.memoryBytes() / (1024.0 * 1024 * 1024), machine.os(), machine.java()));
        md.append("| Figure | Parley | Baseline (same run) | Ratio | Target |\n");
        md.append("|---|---:|---|---:|---|\n");
        for (var figure : figures) {
            md.append(String.format(Locale.ROOT, "| %s | %s %s | %s | %s | %s |%n", figure.name(), number(figure.value()),
                    figure.unit(), figure.baseline() == null ? "" : figure.baselineName() + ": " + number(figure.baseline())
                            + " " + figure.unit(),
                    figure.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", figure.ratio()),
                    figure.target() == null ? "" : (figure.met() ? "met: " : "**missed**: ") + figure.target()));
        }
        md.append("\nWhere the cores went, phase by phase (cores busy on average, from /proc; Parley's parts from"
                + " Java Flight Recorder samples, parts under 5% left out):\n\n");
        md.append("| Phase | Seconds | Parley JVM | PostgreSQL | Benchmark | Machine busy | Parley's CPU by part |\n");
        md.append("|---|---:|---:|---:|---:|---:|---|\n");
        for (var phase : phases) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %.2f | %.2f | %.0f%% | %s |%n", phase.name(), phase.seconds(),
                    phase.parleyCores(), phase.postgresCores(), phase.benchmarkCores(), phase.machineBusyPercent(),
                    phase.parleyProfile()));
        }
        return md.toString();
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
