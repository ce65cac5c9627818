package dev.parley.timeline.command.recording;

import static dev.parley.timeline.command.recording.CommandApiClient.newTrackId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.command.CommandTestApplication;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * An import records its lines in chunks, one transaction each, and still answers every line as a
 * single POST would: a refused line is refused alone, answers come in line order, a re-sent file
 * records nothing twice, a chunk that cannot commit answers none of its lines as recorded, and
 * imports of the same tracks at once both record every line once.
 */
@SpringBootTest(classes = CommandTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.import.chunk-lines=500", "parley.import.chunk-millis=10000"})
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class ImportChunksTest {

    private static final String NARROW_UNKNOWN_ISSUE = """
            {"type": "sticking-point-narrowed", "issueId": "never-raised", "note": "Narrowed",
             "occurredAt": "2025-10-07", %s}""".formatted(CommandDocuments.SOURCES);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    private final ObjectMapper json = new ObjectMapper();
    private CommandApiClient api;

    @BeforeEach
    void connect() {
        api = new CommandApiClient(port, jdbc);
    }

    @Test
    void aRefusedLineInTheMiddleOfAChunkIsRefusedAloneAndTheLinesAfterItAreRecordedOnTheNextVersions() throws Exception {
        var track = newTrackId();
        var other = newTrackId();

        var answers = importLines(null,
                line(track, CommandDocuments.announce("Chunked talks")),
                line(other, CommandDocuments.announce("Other talks")),
                line(track, CommandDocuments.join("qatar", "Qatar", "mediator")),
                line(track, NARROW_UNKNOWN_ISSUE),
                "{\"trackId\": \"" + track + "\", \"type\": ",
                line(track, CommandDocuments.exchange()),
                line(other, CommandDocuments.exchange()),
                line(track, CommandDocuments.join("egypt", "Egypt", "mediator")));

        assertThat(answers.stream().limit(8).map(answer -> answer.path("line").asInt()))
                .as("one answer per line, in line order").containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(answers.stream().limit(8).map(answer -> answer.path("status").asInt()))
                .containsExactly(201, 201, 201, 409, 400, 201, 201, 201);
        assertThat(answers.stream().limit(8).map(answer -> answer.path("version").asLong()))
                .as("the refused lines take no version: the lines after them go on where line 3 left the track")
                .containsExactly(1L, 1L, 2L, 0L, 0L, 3L, 2L, 4L);
        assertThat(answers.get(8).path("summary").toString()).isEqualTo(
                "{\"lines\":8,\"recorded\":6,\"unchanged\":0,\"failed\":2}");
        assertThat(sequenceNumbers(track)).containsExactly(0L, 1L, 2L, 3L);
        assertThat(sequenceNumbers(other)).containsExactly(0L, 1L);

        var next = api.post(track, CommandDocuments.exchange());
        assertThat(next.status()).as("the cached track is the stored one after the chunk").isEqualTo(201);
        assertThat(next.body().path("version").asLong()).isEqualTo(5);
    }

    @Test
    void linesForATrackNobodyAnnouncedAreRefusedAloneAndTheTrackCanBeAnnouncedLaterInTheSameChunk() throws Exception {
        var ghost = newTrackId();
        var track = newTrackId();
        double failedBefore = failedChunks();

        var answers = importLines(null,
                line(ghost, CommandDocuments.exchange()),
                line(ghost, CommandDocuments.join("qatar", "Qatar", "mediator")),
                line(track, CommandDocuments.announce("Announced talks")),
                line(track, CommandDocuments.link(ghost)),
                line(ghost, CommandDocuments.announce("Late talks")),
                line(track, CommandDocuments.link(ghost)),
                line(ghost, CommandDocuments.exchange()));

        assertThat(answers.stream().limit(7).map(answer -> answer.path("status").asInt()))
                .as("the ghost's lines before its announcement, and a link to it then, are refused as single POSTs are")
                .containsExactly(404, 404, 201, 409, 201, 201, 201);
        assertThat(answers.get(3).path("problem").path("errors").get(0).path("field").asText()).isEqualTo("linkedTrackId");
        assertThat(answers.stream().limit(7).map(answer -> answer.path("version").asLong()))
                .containsExactly(0L, 0L, 1L, 0L, 1L, 2L, 2L);
        assertThat(sequenceNumbers(ghost)).containsExactly(0L, 1L);
        assertThat(sequenceNumbers(track)).containsExactly(0L, 1L);
        assertThat(failedChunks()).as("recorded by the chunk, not line by line after the chunk failed")
                .isEqualTo(failedBefore);

        var next = api.post(ghost, CommandDocuments.exchange());
        assertThat(next.status()).as("the ghost's cached track is the stored one").isEqualTo(201);
        assertThat(next.body().path("version").asLong()).isEqualTo(3);
    }

    @Test
    void aChunkSendsAtMostSixtyFourBatchesSoItsSavepointsStayInPostgresSubtransactionCache() throws Exception {
        var first = api.announced();
        var second = api.announced();
        int lines = 2 * ImportChunks.MAX_BATCHES + 12;
        double committedBefore = committedChunks();
        double failedBefore = failedChunks();

        var answers = importLines(null, IntStream.range(0, lines)
                .mapToObj(i -> line(i % 2 == 0 ? first : second, CommandDocuments.exchange())).toArray(String[]::new));

        assertThat(answers.get(lines).path("summary").path("recorded").asInt()).isEqualTo(lines);
        assertThat(committedChunks() - committedBefore)
                .as("lines alternating between two tracks are a batch each: 64 to a chunk").isEqualTo(3);
        assertThat(failedChunks()).isEqualTo(failedBefore);
    }

    @Test
    void resendingAFileWithTheSameKeyRecordsNothingTwiceAndResumesWhereItStopped() throws Exception {
        var track = newTrackId();
        var key = "chunks-" + track;
        var lines = List.of(
                line(track, CommandDocuments.announce("Resent talks")),
                line(track, CommandDocuments.exchange()),
                line(track, NARROW_UNKNOWN_ISSUE),
                line(track, CommandDocuments.exchange()),
                line(track, CommandDocuments.exchange()));

        var firstPart = importLines(key, lines.subList(0, 2).toArray(String[]::new));
        var first = importLines(key, lines.toArray(String[]::new));
        var again = importLines(key, lines.toArray(String[]::new));

        assertThat(firstPart.stream().limit(2).map(answer -> answer.path("status").asInt())).containsExactly(201, 201);
        assertThat(first.stream().limit(5).map(answer -> answer.path("status").asInt()))
                .as("lines 1 and 2 answer from their keys, as first answered").containsExactly(201, 201, 409, 201, 201);
        assertThat(first.get(1).path("eventId")).isEqualTo(firstPart.get(1).path("eventId"));
        assertThat(again.subList(0, 5)).as("the same answers again, nothing recorded").isEqualTo(first.subList(0, 5));
        assertThat(sequenceNumbers(track)).containsExactly(0L, 1L, 2L, 3L);
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_record WHERE idempotency_key LIKE ?").param(key + "#%")
                .query(Long.class).single()).as("a key per recorded line, none for the refused one").isEqualTo(4);
    }

    @Test
    void aChunkWhoseCommitFailsAnswersNoneOfItsLinesAsRecordedAndItsLinesAreRecordedAlone() throws Exception {
        var track = newTrackId();
        // PostgreSQL checks a deferred constraint trigger at COMMIT: the chunk's commit fails, not a line
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION test_refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF convert_from(NEW.payload, 'UTF8') LIKE '%POISON-AT-COMMIT%' THEN
                        RAISE EXCEPTION 'refused at commit';
                    END IF;
                    RETURN NULL;
                END $$""").update();
        jdbc.sql("""
                CREATE CONSTRAINT TRIGGER test_refuse_poison AFTER INSERT ON domain_event_entry
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_refuse_poison()""").update();
        double failedBefore = failedChunks();
        List<JsonNode> answers;
        try {
            answers = importLines(null,
                    line(track, CommandDocuments.announce("Commit talks")),
                    line(track, CommandDocuments.exchange()),
                    line(track, CommandDocuments.exchange().replace("Lists handed over on Wednesday", "POISON-AT-COMMIT")),
                    line(track, CommandDocuments.join("qatar", "Qatar", "mediator")));
        } finally {
            jdbc.sql("DROP TRIGGER test_refuse_poison ON domain_event_entry").update();
            jdbc.sql("DROP FUNCTION test_refuse_poison()").update();
        }

        assertThat(answers.stream().limit(4).map(answer -> answer.path("status").asInt()))
                .as("the poisoned line alone fails, in its own transaction").containsExactly(201, 201, 500, 201);
        assertThat(failedChunks() - failedBefore).as("the metric operators watch counts the failed chunk").isEqualTo(1);
        assertThat(sequenceNumbers(track)).containsExactly(0L, 1L, 2L);
        for (var recorded : List.of(answers.get(0), answers.get(1), answers.get(3))) {
            assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                            + " AND convert_from(payload, 'UTF8') LIKE ?")
                    .params(track, "%" + recorded.path("eventId").asText() + "%").query(Long.class).single())
                    .as("line %s is stored once, as the event it was answered with", recorded.path("line")).isEqualTo(1);
        }
        assertThat(answers.get(3).path("version").asLong()).isEqualTo(3);

        var next = api.post(track, CommandDocuments.exchange());
        assertThat(next.body().path("version").asLong()).as("no cached track keeps the failed chunk").isEqualTo(4);
    }

    @Test
    void twoImportsOfTheSameTracksAtOnceBothFinishWithEveryLineRecordedOnce() throws Exception {
        var first = api.announced();
        var second = api.announced();
        int linesEach = 700;
        Callable<List<JsonNode>> forwards = () -> importLines(null, IntStream.range(0, linesEach)
                .mapToObj(i -> line(i % 2 == 0 ? first : second, CommandDocuments.exchange())).toArray(String[]::new));
        Callable<List<JsonNode>> backwards = () -> importLines(null, IntStream.range(0, linesEach)
                .mapToObj(i -> line(i % 2 == 0 ? second : first, CommandDocuments.exchange())).toArray(String[]::new));

        var pool = Executors.newFixedThreadPool(2);
        List<List<JsonNode>> results = new ArrayList<>();
        try {
            for (var result : pool.invokeAll(List.of(forwards, backwards))) {
                results.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        for (var answers : results) {
            assertThat(answers.get(linesEach).path("summary").path("recorded").asInt()).isEqualTo(linesEach);
        }
        var expected = IntStream.rangeClosed(0, linesEach).mapToObj(Long::valueOf).toList();
        assertThat(sequenceNumbers(first)).as("every line once, no gap, no double").isEqualTo(expected);
        assertThat(sequenceNumbers(second)).isEqualTo(expected);
    }

    private String line(String trackId, String document) {
        try {
            return ((ObjectNode) json.readTree(document)).put("trackId", trackId).toString();
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private double committedChunks() {
        return meters.counter(CommandImportController.CHUNKS_METRIC, "outcome", "committed").count();
    }

    private double failedChunks() {
        return meters.counter(CommandImportController.CHUNKS_METRIC, "outcome", "failed").count();
    }

    private List<Long> sequenceNumbers(String trackId) {
        return jdbc.sql("SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number")
                .param(trackId).query(Long.class).list();
    }

    private List<JsonNode> importLines(String idempotencyKey, String... lines) throws Exception {
        var answer = TestApiKeys.editor(port).post().uri("/api/v1/commands").header("Content-Type", "application/x-ndjson")
                .headers(headers -> {
                    if (idempotencyKey != null) {
                        headers.add("Idempotency-Key", idempotencyKey);
                    }
                })
                .body(String.join("\n", lines) + "\n").retrieve().body(String.class);
        List<JsonNode> answers = new ArrayList<>();
        for (var line : answer.split("\n")) {
            answers.add(json.readTree(line));
        }
        return answers;
    }
}
