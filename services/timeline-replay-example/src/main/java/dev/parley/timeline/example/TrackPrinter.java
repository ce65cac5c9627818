package dev.parley.timeline.example;

import dev.parley.timeline.contract.state.TrackState;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** One track's state as a few readable lines. */
final class TrackPrinter {

    private TrackPrinter() {
    }

    static void print(PrintWriter out, TrackState state) {
        if (state.status() == null) {
            return; // announced only after the date
        }
        out.printf("%s: %s (%s), %s%n", state.trackId(), state.name(), state.kind().wireName(), state.status().wireName());
        out.printf("  participants: %s%n", state.participants().stream().filter(TrackState.Participant::active)
                .map(p -> p.actor().id() + " (" + p.role() + ")").collect(Collectors.joining(", ")));
        out.printf("  exchanges: %d%s%n", state.exchanges().size(), state.exchanges().stream()
                .map(e -> " via " + e.mediators().stream().map(a -> a.id()).collect(Collectors.joining("+")))
                .collect(Collectors.joining(",")));
        out.printf("  sticking points: %s%n", state.stickingPoints().stream()
                .map(p -> p.issueId() + " (" + p.status() + ")").collect(Collectors.joining(", ")));
        out.printf("  latest mood: %s%n", state.latestMood()
                .map(m -> m.mood().wireName() + (m.assessedBy() == null ? "" : " (" + m.assessedBy().id() + ")")).orElse("-"));
    }
}
