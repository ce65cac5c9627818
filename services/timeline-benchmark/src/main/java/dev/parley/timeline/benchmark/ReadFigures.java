package dev.parley.timeline.benchmark;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Reads of one long track at random moments: {@code asOf} (valid time) and {@code knownAt}
 * (transaction time) on the track view, and a timeline page. The baseline is what reading the
 * track's stored events costs without Parley: one JDBC query fetching every row of the track from
 * the same PostgreSQL, the least any fold of the whole track must do.
 */
final class ReadFigures {

    private static final Figure.Target READ_TARGET = Figure.Target.under(20, "p99 under 20 ms");

    private final ParleyHttp http;
    private final String jdbcUrl;
    private final String trackId;
    private final int queries;
    private final SplittableRandom random = new SplittableRandom(42);

    ReadFigures(ParleyHttp http, String jdbcUrl, String trackId, int queries) {
        this.http = http;
        this.jdbcUrl = jdbcUrl;
        this.trackId = trackId;
        this.queries = queries;
    }

    /**
     * @param occurred the span of valid time the track covers
     * @param recorded the span of transaction time in which it was recorded
     */
    List<Figure> measure(Instant[] occurred, Instant[] recorded) throws SQLException {
        var baseline = rawTrackRead();
        var figures = new ArrayList<Figure>();
        String path = "/api/v1/tracks/" + trackId;
        figures.addAll(both("track view asOf (10,000-event track)", baseline,
                () -> http.get(path, "asOf", between(occurred).toString())));
        figures.addAll(both("track view knownAt", baseline,
                () -> http.get(path, "knownAt", between(recorded).toString())));
        figures.addAll(both("track view live", baseline, () -> http.get(path)));
        figures.addAll(both("timeline page (100) asOf", baseline,
                () -> http.get("/api/v1/timeline", "track", trackId, "limit", "100", "asOf", between(occurred).toString())));
        return figures;
    }

    private List<Figure> both(String name, Latencies baseline, Supplier<?> request) {
        var parley = measure(request);
        String baselineName = "raw JDBC read of the track's rows";
        return List.of(
                Figure.latency(name + " p50", parley.percentileMillis(50), baselineName + " p50", baseline.percentileMillis(50),
                        null),
                Figure.latency(name + " p99", parley.percentileMillis(99), baselineName + " p99", baseline.percentileMillis(99),
                        READ_TARGET));
    }

    private Latencies measure(Supplier<?> request) {
        // a tenth as warm-up: JIT compilation and Parley's event cache, as in steady use
        for (int i = 0; i < Math.max(1, queries / 10); i++) {
            request.get();
        }
        var latencies = new Latencies();
        for (int i = 0; i < queries; i++) {
            latencies.time(request::get);
        }
        return latencies;
    }

    private Latencies rawTrackRead() throws SQLException {
        try (var connection = DriverManager.getConnection(jdbcUrl);
                var statement = connection.prepareStatement(
                        "SELECT type, event FROM track_development WHERE track_id = ? ORDER BY sequence")) {
            statement.setString(1, trackId);
            return measure(() -> {
                try (var rows = statement.executeQuery()) {
                    long bytes = 0;
                    while (rows.next()) {
                        bytes += rows.getString(1).length() + rows.getString(2).length();
                    }
                    return bytes;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private Instant between(Instant[] span) {
        // whole milliseconds from the one after the span's start: truncating the start could pick an
        // instant a few microseconds before the first event was recorded, when the track was not known yet
        long from = span[0].toEpochMilli() + 1;
        long to = Math.max(from, span[1].toEpochMilli());
        return Instant.ofEpochMilli(from + random.nextLong(Math.max(1, to - from)));
    }
}
