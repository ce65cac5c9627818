package dev.parley.timeline.example;

import dev.parley.timeline.contract.state.TrackHistory;
import dev.parley.timeline.contract.time.TimeBound;
import dev.parley.timeline.contract.subscriber.ReplayMeaning;
import dev.parley.timeline.contract.subscriber.StartPosition;
import dev.parley.timeline.contract.subscriber.TimelineSubscriber;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A downstream service in miniature: replays Parley's topic from the beginning up to a date with
 * the contract's {@link TimelineSubscriber}, folds each track with the contract's
 * {@link TrackHistory}, and prints every track's state as of then. It depends on nothing of Parley
 * but {@code timeline-contract}.
 */
@Command(name = "replay-to-date", mixinStandardHelpOptions = true,
        description = "Prints each track's state as of a past date, replayed from Parley's topic.")
public final class ReplayToDate implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", defaultValue = "localhost:9092", description = "Kafka (default: ${DEFAULT-VALUE})")
    String bootstrapServers;

    @Option(names = "--topic", defaultValue = "parley.timeline.events", description = "topic (default: ${DEFAULT-VALUE})")
    String topic;

    @Option(names = "--until", required = true,
            description = "an ISO date (the end of that day, UTC) or a date-time with offset")
    String until;

    @Option(names = "--meaning", defaultValue = "occurred",
            description = "occurred: what had happened by then; recorded: what Parley knew by then (default: ${DEFAULT-VALUE})")
    String meaning;

    private final PrintWriter out;

    ReplayToDate(PrintWriter out) {
        this.out = out;
    }

    public static void main(String[] args) {
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        System.exit(run(out, args));
    }

    /** Runs the example with its output going to {@code out}; the exit code. */
    static int run(PrintWriter out, String... args) {
        return new CommandLine(new ReplayToDate(out)).setOut(out).execute(args);
    }

    @Override
    public Integer call() {
        var end = TimeBound.exclusiveEnd(until);
        var replayMeaning = switch (meaning) {
            case "occurred" -> ReplayMeaning.OCCURRED_BY;
            case "recorded" -> ReplayMeaning.RECORDED_BY;
            default -> throw new CommandLine.ParameterException(new CommandLine(this), "--meaning: occurred or recorded");
        };
        Map<String, TrackHistory> histories = new TreeMap<>();
        try (var subscriber = new TimelineSubscriber(bootstrapServers, topic, StartPosition.beginning())) {
            subscriber.replayUntil(end.minus(1, ChronoUnit.MICROS), replayMeaning, TimelineSubscriber.into(histories));
        }
        out.printf("Tracks as of %s (%s by then):%n", until, meaning);
        histories.values().forEach(history -> TrackPrinter.print(out,
                replayMeaning == ReplayMeaning.OCCURRED_BY ? history.stateAsOf(end) : history.state()));
        out.flush();
        return 0;
    }
}
