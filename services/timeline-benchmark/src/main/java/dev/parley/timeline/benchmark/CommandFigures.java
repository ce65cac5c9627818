package dev.parley.timeline.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Commands through the HTTP API from 1, 8 and 32 clients at once, each sending its next command
 * as soon as the last one was answered, over many tracks and over one hot track; next to raw
 * single-row inserts into a copy of the event store from as many connections.
 */
final class CommandFigures {

    static final int[] CLIENTS = {1, 8, 32};
    private static final Figure.Target THROUGHPUT_TARGET =
            Figure.Target.shareOfBaseline(0.5, "raw single-row inserts at 32 connections");

    private final ParleyHttp http;
    private final RawPostgres raw;
    private final Duration duration;
    private final Phases phases;

    CommandFigures(ParleyHttp http, RawPostgres raw, Duration duration, Phases phases) {
        this.http = http;
        this.raw = raw;
        this.duration = duration;
        this.phases = phases;
    }

    /** Raw inserts at each concurrency, then Parley over many tracks and over one, compared level by level. */
    List<Figure> measure(LoadTracks many, LoadTracks hot) throws Exception {
        var figures = new ArrayList<Figure>();
        var baselines = new ClosedLoop.Throughput[CLIENTS.length];
        for (int i = 0; i < CLIENTS.length; i++) {
            int connections = CLIENTS[i];
            baselines[i] = phases.run("raw single-row inserts, " + connections + " connections",
                    () -> raw.singleRowInserts(connections, duration));
            figures.add(Figure.absolute("raw single-row inserts, " + connections + " connections", baselines[i].perSecond(),
                    "rows/s"));
        }
        var batched = phases.run("raw batched inserts", () -> raw.batchedInserts(500, duration));
        figures.add(Figure.absolute("raw batched inserts (500 rows per transaction)", batched.perSecond(), "rows/s"));
        // the JIT compiles the command path before anything counts
        clients(8, many, Duration.ofSeconds(Math.max(2, duration.toSeconds() / 2)));
        for (var load : List.of(many, hot)) {
            var where = load == many ? "many tracks" : "one hot track";
            for (int i = 0; i < CLIENTS.length; i++) {
                int clients = CLIENTS[i];
                boolean biggest = i == CLIENTS.length - 1;
                var parley = phases.run("commands, " + clients + " clients, " + where, () -> clients(clients, load, duration));
                figures.addAll(compare("commands over " + where + ", " + clients + " clients", parley,
                        "raw single-row inserts, " + clients + " connections", baselines[i],
                        biggest && load == many ? THROUGHPUT_TARGET : null));
            }
        }
        return figures;
    }

    private ClosedLoop.Throughput clients(int clients, LoadTracks tracks, Duration duration) throws InterruptedException {
        return ClosedLoop.run(clients, duration, client -> () -> tracks.send(http, tracks.randomTrack()));
    }

    private static List<Figure> compare(String name, ClosedLoop.Throughput parley, String baselineName,
            ClosedLoop.Throughput baseline, Figure.Target target) {
        return List.of(
                Figure.rate(name + " (commands/s)", parley.perSecond(), "per s", baselineName, baseline.perSecond(), target),
                Figure.latency(name + " p50", parley.latencies().percentileMillis(50), baselineName + " p50",
                        baseline.latencies().percentileMillis(50), null),
                Figure.latency(name + " p99", parley.latencies().percentileMillis(99), baselineName + " p99",
                        baseline.latencies().percentileMillis(99), null));
    }
}
