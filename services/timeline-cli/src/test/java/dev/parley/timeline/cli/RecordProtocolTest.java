package dev.parley.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client-protocol tests of {@code parley record}: what the client sends to a stand-in server ({@link FakeParley}),
 * and what it makes of each kind of answer. They do not show that Parley itself answers this way.
 */
class RecordProtocolTest {

    static final String COMMAND = """
            {"type": "participant-joined", "actor": {"id": "united-states", "name": "United States"}, "role": "party",
             "occurredAt": "2025-10-09", "sources": [{"publisher": "Reuters"}]}
            """;

    @TempDir
    Path dir;

    private FakeParley parley;

    @BeforeEach
    void start() throws IOException {
        parley = FakeParley.start();
    }

    @AfterEach
    void stop() {
        parley.close();
    }

    @Test
    void postsTheFileWithItsConditionsAndReportsTheEvent() throws IOException {
        Path command = Files.writeString(dir.resolve("usa.json"), COMMAND, StandardCharsets.UTF_8);
        parley.answer(201, "application/json", """
                {"eventId":"5e7f34c9","trackId":"paris-ministerial","version":2,"type":"participant-joined","recorded":true}""");

        CliRun run = CliRun.run("--url", parley.url(), "--api-key", "editor-key", "record", "paris-ministerial", command.toString(),
                "--idempotency-key", "paris-usa-1", "--if-match", "1");

        FakeParley.Request sent = parley.onlyRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.rawPath()).isEqualTo("/api/v1/tracks/paris-ministerial/commands");
        assertThat(sent.header("Content-Type")).isEqualTo("application/json");
        assertThat(sent.header("Idempotency-Key")).isEqualTo("paris-usa-1");
        assertThat(sent.header("If-Match")).isEqualTo("\"1\"");
        assertThat(sent.header("X-API-Key")).isEqualTo("editor-key");
        assertThat(sent.bodyText()).isEqualTo(COMMAND);
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines())
                .containsExactly("recorded participant-joined as event 5e7f34c9; track paris-ministerial is at version 2");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void readsStandardInputAndSendsOnlyTheHeadersAskedFor() {
        parley.answer(201, "application/json", """
                {"eventId":"e-1","trackId":"paris-ministerial","version":1,"type":"track-announced","recorded":true}""");

        CliRun run = CliRun.run(Map.of(), COMMAND, "--url", parley.url(), "record", "paris-ministerial", "-");

        FakeParley.Request sent = parley.onlyRequest();
        assertThat(sent.bodyText()).isEqualTo(COMMAND);
        assertThat(sent.header("Idempotency-Key")).isNull();
        assertThat(sent.header("If-Match")).isNull();
        assertThat(sent.header("X-API-Key")).isNull();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void takesUrlAndKeyFromTheEnvironment() {
        parley.answer(201, "application/json", "{\"eventId\":\"e\",\"trackId\":\"t\",\"version\":1,\"type\":\"x\",\"recorded\":true}");

        CliRun run = CliRun.run(Map.of("PARLEY_URL", parley.url() + "/", "PARLEY_API_KEY", "from-env"), COMMAND, "record", "t");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(parley.onlyRequest().rawPath()).isEqualTo("/api/v1/tracks/t/commands");
        assertThat(parley.onlyRequest().header("X-API-Key")).isEqualTo("from-env");
    }

    @Test
    void keepsThePathOfTheBaseUrlAndEncodesTheTrackId() {
        parley.answer(201, "application/json", "{\"eventId\":\"e\",\"trackId\":\"t\",\"version\":1,\"type\":\"x\",\"recorded\":true}");

        CliRun.run(Map.of(), COMMAND, "--url", parley.url() + "/parley/", "record", "a/b");

        assertThat(parley.onlyRequest().rawPath()).isEqualTo("/parley/api/v1/tracks/a%2Fb/commands");
    }

    @Test
    void repeatedFactIsReportedAsUnchanged() {
        parley.answer(200, "application/json", """
                {"eventId":"e-7","trackId":"paris-ministerial","version":4,"type":"participant-joined","recorded":false}""");

        CliRun run = CliRun.run(Map.of(), COMMAND, "--url", parley.url(), "record", "paris-ministerial");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines())
                .containsExactly("unchanged: participant-joined as event e-7; track paris-ministerial is at version 4");
    }

    @Test
    void problemIsPrintedWithEachFieldErrorAndExitsOne() {
        parley.answer(400, "application/problem+json", """
                {"type":"about:blank","title":"Bad Request","status":400,"detail":"The command has invalid fields",
                 "errors":[{"field":"sources[0].url","message":"must be an http or https URL"},
                           {"field":"occurredAt","message":"is required"}]}""");

        CliRun run = CliRun.run(Map.of(), COMMAND, "--url", parley.url(), "record", "paris-ministerial");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.errLines()).containsExactly(
                "error 400 Bad Request: The command has invalid fields",
                "  sources[0].url: must be an http or https URL",
                "  occurredAt: is required");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void conflictWithoutFieldErrorsIsOneLine() {
        parley.answer(412, "application/problem+json", """
                {"title":"Precondition Failed","status":412,"detail":"Track paris-ministerial is at version 3, not 1"}""");

        CliRun run = CliRun.run(Map.of(), COMMAND, "--url", parley.url(), "record", "paris-ministerial", "--if-match", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.errLines()).containsExactly("error 412 Precondition Failed: Track paris-ministerial is at version 3, not 1");
    }

    @Test
    void answerThatIsNoProblemDocumentIsStillShown() {
        parley.answer(502, "text/html", "<html>Bad gateway</html>\n<body>proxy</body>");

        CliRun run = CliRun.run(Map.of(), COMMAND, "--url", parley.url(), "record", "paris-ministerial");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.errLines()).containsExactly("error 502 unexpected answer: <html>Bad gateway</html>");
    }

    @Test
    void serverThatCannotBeReachedExitsThree() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        CliRun run = CliRun.run(Map.of(), COMMAND, "--url", "http://127.0.0.1:" + closedPort, "record", "paris-ministerial");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
        assertThat(run.err()).startsWith("error: cannot reach Parley at http://127.0.0.1:" + closedPort);
    }
}
