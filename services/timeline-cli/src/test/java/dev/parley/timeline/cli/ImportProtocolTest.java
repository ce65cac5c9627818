package dev.parley.timeline.cli;

import static dev.parley.timeline.cli.ImportResultReaderTest.FAILED;
import static dev.parley.timeline.cli.ImportResultReaderTest.RECORDED;
import static dev.parley.timeline.cli.ImportResultReaderTest.SUMMARY;
import static dev.parley.timeline.cli.ImportResultReaderTest.UNCHANGED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client-protocol tests of {@code parley import}: the request the client streams to a stand-in server
 * ({@link FakeParley}), and how it follows the NDJSON answer. They do not show that Parley itself answers this way.
 */
class ImportProtocolTest {

    static final String BATCH = """
            {"type":"track-announced","trackId":"t","name":"T","kind":"summit","occurredAt":"2025-10-09","sources":[{"publisher":"AP"}]}

            {"type":"track-announced","trackId":"t","name":"T","kind":"summit","occurredAt":"2025-10-09","sources":[{"publisher":"AP"}]}
            {"type":"participant-joined","trackId":"t","occurredAt":"2025-10-09","sources":[{"publisher":"AP","url":"ftp://x"}]}
            """;
    static final String ANSWER = String.join("\n", RECORDED, UNCHANGED, FAILED, SUMMARY) + "\n";
    static final String ALL_RECORDED = RECORDED + "\n{\"summary\":{\"lines\":1,\"recorded\":1,\"unchanged\":0,\"failed\":0}}\n";

    @TempDir
    Path dir;

    private FakeParley parley;
    private Path batch;

    @BeforeEach
    void start() throws IOException {
        parley = FakeParley.start();
        batch = Files.writeString(dir.resolve("batch.ndjson"), BATCH, StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        parley.close();
    }

    @Test
    void sendsTheFileAsNdjsonUnchanged() throws IOException {
        parley.answer(200, "application/x-ndjson", ANSWER);

        CliRun.run("--url", parley.url(), "--api-key", "k", "import", batch.toString(), "--idempotency-key", "batch-1", "--no-progress");

        FakeParley.Request sent = parley.onlyRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.rawPath()).isEqualTo("/api/v1/commands");
        assertThat(sent.header("Content-Type")).isEqualTo("application/x-ndjson");
        assertThat(sent.header("Idempotency-Key")).isEqualTo("batch-1");
        assertThat(sent.header("X-API-Key")).isEqualTo("k");
        // sent from the file as it is: its length is known up front and blank lines are the server's business
        assertThat(sent.header("Content-Length")).isEqualTo(String.valueOf(Files.size(batch)));
        assertThat(sent.body()).isEqualTo(Files.readAllBytes(batch));
    }

    @Test
    void failedLinesGoToStderrWithTheSummaryOnStdoutAndExitOne() {
        parley.answer(200, "application/x-ndjson", ANSWER);

        CliRun run = CliRun.run("--url", parley.url(), "import", batch.toString(), "--no-progress");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.outLines()).containsExactly("imported 3 lines: 1 recorded, 1 unchanged, 1 failed");
        assertThat(run.errLines()).containsExactly(
                "line 3: error 400 Bad Request: The command has invalid fields",
                "  sources[0].url: must be an http or https URL",
                "  occurredAt: is required");
    }

    @Test
    void importWithoutFailuresExitsZero() {
        parley.answer(200, "application/x-ndjson", ALL_RECORDED);

        CliRun run = CliRun.run("--url", parley.url(), "import", batch.toString(), "--no-progress");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).containsExactly("imported 1 lines: 1 recorded, 0 unchanged, 0 failed");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void progressBarCountsTheFilesCommandsAndEndsAtTheLastResult() {
        parley.answer(200, "application/x-ndjson", ANSWER);

        CliRun run = CliRun.run(Map.of("COLUMNS", "100"), "", "--url", parley.url(), "import", batch.toString());

        // three non-blank lines in the file, three results in the answer
        assertThat(run.err()).contains("3/3").contains("line 3: error 400 Bad Request: The command has invalid fields");
        assertThat(run.err()).endsWith(System.lineSeparator());
        // each redraw starts with a carriage return, which String.lines() splits on: every drawing fits the width
        assertThat(run.err().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(100).doesNotContain("\u001b"));
        assertThat(run.outLines()).containsExactly("imported 3 lines: 1 recorded, 1 unchanged, 1 failed");
    }

    @Test
    void reportHoldsEveryLinesResultAsSent() throws IOException {
        parley.answer(200, "application/x-ndjson", ANSWER);
        Path report = dir.resolve("report.ndjson");

        CliRun.run("--url", parley.url(), "import", batch.toString(), "--no-progress", "--report", report.toString());

        assertThat(Files.readAllLines(report, StandardCharsets.UTF_8)).containsExactly(RECORDED, UNCHANGED, FAILED);
    }

    @Test
    void problemWithTheWholeRequestIsPrintedAndExitsOne() {
        parley.answer(422, "application/problem+json", """
                {"title":"Unprocessable Entity","status":422,"detail":"Idempotency-Key batch-1 was used for a different request"}""");

        CliRun run = CliRun.run("--url", parley.url(), "import", batch.toString(), "--idempotency-key", "batch-1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.errLines())
                .containsExactly("error 422 Unprocessable Entity: Idempotency-Key batch-1 was used for a different request");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void answerCutShortBeforeItsSummaryExitsOne() {
        parley.answer(200, "application/x-ndjson", RECORDED + "\n" + UNCHANGED + "\n");

        CliRun run = CliRun.run("--url", parley.url(), "import", batch.toString(), "--no-progress");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("ended after 2 results without its summary");
        assertThat(run.out()).isEmpty();
    }
}
