package dev.parley.timeline.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens after a command is stored: publication to Kafka and projection, at a steady rate
 * and behind a backlog, and a full rebuild of the projection; next to a raw producer, a raw
 * consumer, and a raw consumer inserting what it reads.
 */
final class PipelineFigures {

    private static final Logger log = LoggerFactory.getLogger(PipelineFigures.class);
    static final String TOPIC = "parley.timeline.events";
    private static final String CONSUMER_GROUP = "parley-query";
    private static final Duration BACKLOG_TIMEOUT = Duration.ofMinutes(60);

    private final StandaloneUnderTest parley;
    private final RawKafka kafka;
    private final BenchmarkSize size;
    private final Phases phases;

    PipelineFigures(StandaloneUnderTest parley, BenchmarkSize size, Phases phases) {
        this.parley = parley;
        this.kafka = new RawKafka(parley.servers().bootstrapServers());
        this.size = size;
        this.phases = phases;
    }

    /** Commands at the size's steady rate: publication lag and command → query API latency. */
    List<Figure> steady(LoadTracks tracks) throws Exception {
        int rate = size.steadyRate();
        var result = phases.run("steady load, " + rate + " commands/s", () -> new SteadyLoad(parley.http(), kafka, TOPIC, tracks)
                .run(rate, Duration.ofSeconds(size.steadySeconds())));
        var at = " at " + rate + " commands/s";
        return List.of(
                Figure.absolute("steady load: achieved rate (commands/s)", result.achievedPerSecond(), "per s"),
                Figure.absolute("steady load: commands not answered 201", result.refused(), "commands"),
                Figure.absolute("command answered" + at + " p50", result.commandLatency().percentileMillis(50), "ms"),
                Figure.absolute("command answered" + at + " p99", result.commandLatency().percentileMillis(99), "ms"),
                Figure.absolute("publication lag, recorded → on the topic" + at + " p50",
                        result.publicationLag().percentileMillis(50), "ms"),
                Figure.absolute("publication lag, recorded → on the topic" + at + " p99",
                        result.publicationLag().percentileMillis(99), "ms"),
                Figure.absolute("end to end, accepted → visible in the query API" + at + " p50",
                        result.endToEnd().percentileMillis(50), "ms"),
                Figure.absolute("end to end, accepted → visible in the query API" + at + " p99",
                        result.endToEnd().percentileMillis(99), "ms", Figure.Target.under(250, "p99 under 250 ms at 500/s")));
    }

    /** A backlog of stored events: how fast Parley publishes and projects it, next to a raw producer. */
    List<Figure> backlog(String templateTrack) throws Exception {
        var samples = kafka.sample(TOPIC, 1000);
        int partitions = kafka.partitionCount(TOPIC);
        var producer = phases.run("raw producer", () -> kafka.produce(samples, size.backlogEvents(), partitions,
                RawKafka.Batching.KAFKA_DEFAULTS));
        var batchedAsParley = phases.run("raw producer, batched as the publisher", () -> kafka.produce(samples,
                size.backlogEvents(), partitions, RawKafka.Batching.PUBLISHERS));
        kafka.deleteRawTopic();
        var backlog = phases.run("backlog of " + size.backlogEvents() + " events", () -> new Backlog(
                parley.servers().jdbcUrl(), kafka, TOPIC, CONSUMER_GROUP)
                .storeAndFollow(templateTrack, size.backlogTrackEvents(), size.backlogTracks(), BACKLOG_TIMEOUT));
        log.info("Backlog stored in {} s", backlog.stored().toSeconds());
        var figures = new ArrayList<Figure>();
        figures.add(Figure.rate("publication of a " + backlog.events() + "-event backlog (events/s)", backlog.publishedPerSecond(),
                "per s", "raw producer, acks=all, idempotent", producer.perSecond(),
                Figure.Target.shareOfBaseline(0.5, "the raw producer")));
        // the target's baseline is a plain producer; this one shows what is left with the same batching as Parley's
        figures.add(Figure.rate("publication of the backlog, against a producer batched alike (events/s)",
                backlog.publishedPerSecond(), "per s", "raw producer, acks=all, idempotent, 128 KB lz4 batches",
                batchedAsParley.perSecond(), null));
        figures.add(Figure.absolute("projection catch-up behind that backlog (events/s)", backlog.projectedPerSecond(), "per s"));
        return figures;
    }

    /** A full rebuild of the projection from the topic, next to a raw consumer and a raw consumer that inserts. */
    List<Figure> rebuild() throws Exception {
        long records = kafka.endOffsets(TOPIC);
        var consumer = phases.run("raw consumer", () -> kafka.consume(TOPIC, records));
        var insert = phases.run("raw consume + batched insert", () -> new RawProjection(kafka, parley.servers().jdbcUrl()).rebuild(TOPIC));
        var admin = parley.http().as(StandaloneUnderTest.DEVELOPMENT_ADMIN_KEY);
        var done = phases.run("projection rebuild", () -> awaitRebuild(admin));
        double seconds = Duration.between(Instant.parse(done.path("startedAt").asText()),
                Instant.parse(done.path("finishedAt").asText())).toMillis() / 1000.0;
        double rate = done.path("applied").asLong() / seconds;
        return List.of(
                Figure.absolute("raw consumer (records/s)", consumer.perSecond(), "per s"),
                Figure.rate("projection rebuild from the topic (events/s)", rate, "per s", "raw consume + batched insert",
                        insert.perSecond(), Figure.Target.shareOfBaseline(0.5, "raw consume + batched insert")));
    }

    private static JsonNode awaitRebuild(ParleyHttp admin) throws InterruptedException {
        admin.post("/api/v1/admin/projection-rebuilds");
        long deadline = System.nanoTime() + BACKLOG_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            var progress = admin.get("/api/v1/admin/projection-rebuilds/current");
            switch (progress.path("state").asText()) {
                case "done":
                    return progress;
                case "failed":
                    throw new IllegalStateException("the rebuild failed: " + progress.path("error").asText());
                default:
                    Thread.sleep(250);
            }
        }
        throw new IllegalStateException("the rebuild did not finish within " + BACKLOG_TIMEOUT);
    }
}
