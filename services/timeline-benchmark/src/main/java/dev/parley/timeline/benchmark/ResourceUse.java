package dev.parley.timeline.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the processes on this machine, read from {@code /proc}, grouped as the Parley JVM
 * (with its in-process broker), PostgreSQL (every {@code postgres} process) and this benchmark. Taken
 * before and after a phase, it shows which of them used the machine's cores, and whether the
 * cores were the limit: a phase with the machine near 100% busy is bound by CPU, one far below is
 * waiting on something else (fsync, a lock, the network).
 */
final class ResourceUse {

    /** Linux reports CPU time in clock ticks of 1/100 s on every common configuration. */
    private static final double TICKS_PER_SECOND = 100;

    private final long parleyPid;

    ResourceUse(long parleyPid) {
        this.parleyPid = parleyPid;
    }

    /** CPU seconds so far, by group, at a moment. */
    record Snapshot(long nanoTime, Map<String, Double> cpuSeconds) {
    }

    /** How many cores each group kept busy, on average, during a phase. */
    record Usage(String phase, double seconds, double parleyCores, double postgresCores, double benchmarkCores, int cores) {

        double busyShare() {
            return (parleyCores + postgresCores + benchmarkCores) / cores;
        }
    }

    Snapshot snapshot() {
        var seconds = new HashMap<String, Double>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(process -> add(process, seconds));
        } catch (IOException e) {
            // no /proc (not Linux): the report then shows no CPU use
            return new Snapshot(System.nanoTime(), Map.of());
        }
        return new Snapshot(System.nanoTime(), seconds);
    }

    Usage between(String phase, Snapshot before, Snapshot after) {
        double wall = (after.nanoTime() - before.nanoTime()) / 1e9;
        return new Usage(phase, wall, cores("parley", before, after, wall), cores("postgres", before, after, wall),
                cores("benchmark", before, after, wall), Runtime.getRuntime().availableProcessors());
    }

    private static double cores(String group, Snapshot before, Snapshot after, double wall) {
        return Math.max(0, after.cpuSeconds().getOrDefault(group, 0.0) - before.cpuSeconds().getOrDefault(group, 0.0)) / wall;
    }

    private void add(Path process, Map<String, Double> seconds) {
        try {
            var stat = Files.readString(process.resolve("stat"));
            // the command name is in parentheses and may contain spaces: fields are counted after it
            int nameEnd = stat.lastIndexOf(')');
            var name = stat.substring(stat.indexOf('(') + 1, nameEnd);
            var fields = stat.substring(nameEnd + 2).split(" ");
            long pid = Long.parseLong(process.getFileName().toString());
            var group = pid == parleyPid ? "parley" : pid == ProcessHandle.current().pid() ? "benchmark"
                    : name.equals("postgres") ? "postgres" : null;
            // a connection's backend process ends with its connection; the postmaster then counts its
            // CPU time among its children's, so PostgreSQL's time includes the children's
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12])
                    + ("postgres".equals(group) ? Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : 0);
            double cpu = ticks / TICKS_PER_SECOND;
            if (group != null) {
                seconds.merge(group, cpu, Double::sum);
            }
        } catch (IOException | RuntimeException e) {
            // the process ended while being read: its CPU time is lost to every phase alike
        }
    }
}
