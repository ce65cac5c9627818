package dev.parley.timeline.query.consumer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a rebuild stands: its state, events applied out of the total to read, events per second,
 * and lag (records still to read).
 *
 * @param state none, reading, switching, done or failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RebuildProgress(String state, long applied, long total, long lag, Instant startedAt, Instant finishedAt,
        Instant updatedAt, String error) {

    static RebuildProgress none() {
        return new RebuildProgress("none", 0, 0, 0, null, null, null, null);
    }

    static RebuildProgress started(Instant at) {
        return new RebuildProgress("reading", 0, 0, 0, at, null, at, null);
    }

    boolean running() {
        return state.equals("reading") || state.equals("switching");
    }

    RebuildProgress total(long events) {
        return new RebuildProgress(state, applied, Math.max(total, events), lag, startedAt, finishedAt, updatedAt, error);
    }

    RebuildProgress applied(long events, long behind, Instant at) {
        return new RebuildProgress(state, applied + events, total, behind, startedAt, finishedAt, at, error);
    }

    RebuildProgress switching() {
        return new RebuildProgress("switching", applied, total, lag, startedAt, finishedAt, updatedAt, error);
    }

    RebuildProgress done(Instant at) {
        return new RebuildProgress("done", applied, total, 0, startedAt, at, at, null);
    }

    RebuildProgress failed(Instant at, String reason) {
        return new RebuildProgress("failed", applied, total, lag, startedAt, at, at, reason);
    }

    @JsonProperty
    double percent() {
        return total == 0 ? (state.equals("done") ? 100 : 0) : Math.min(100, 100.0 * applied / total);
    }

    @JsonProperty
    double eventsPerSecond() {
        if (startedAt == null || updatedAt == null) {
            return 0;
        }
        var seconds = Duration.between(startedAt, updatedAt).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : applied / seconds;
    }
}
