package dev.parley.timeline.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.cli.ParleyCli;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The NDJSON import and the command-line client against the running application, on real
 * PostgreSQL and Kafka: per-line results in order, bad lines reported while the others are
 * recorded, a re-run under the same key recording nothing twice, and the client's record, import
 * and show commands end to end.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.standalone.demo-data=false")
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class ImportEndToEndTest {

    private static final String SOURCES = "\"occurredAt\": \"2025-10-08\", \"sources\": [{\"publisher\": \"Reuters\"}]";
    private static final String HAMAS = "{\"id\": \"hamas\", \"name\": \"Hamas\", \"kind\": \"armed-group\"}";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    private static List<String> lines(String track) {
        return List.of(
                "{\"trackId\": \"" + track + "\", \"type\": \"track-announced\", \"name\": \"Import test\", \"kind\": \"summit\", "
                        + SOURCES + "}",
                "{\"trackId\": \"" + track + "\", \"type\": \"summit-postponed\", " + SOURCES + "}",
                "",
                "{\"trackId\": \"" + track + "\", \"type\": \"participant-joined\", \"actor\": " + HAMAS
                        + ", \"role\": \"party\", " + SOURCES + "}",
                "{\"type\": \"participant-joined\", \"actor\": " + HAMAS + ", \"role\": \"party\", " + SOURCES + "}",
                "{\"trackId\": \"" + track + "\", \"type\": \"participant-joined\", \"actor\": " + HAMAS
                        + ", \"role\": \"party\", " + SOURCES + "}",
                "not json at all");
    }

    private List<JsonNode> importLines(List<String> lines, String key) {
        var request = TestApiKeys.editor(port).post().uri("/api/v1/commands")
                .header("Content-Type", "application/x-ndjson");
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        var body = request.body(String.join("\n", lines) + "\n").retrieve().body(String.class);
        return body.lines().map(line -> {
            try {
                return json.readTree(line);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }

    long stored(String track) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?").param(track)
                .query(Long.class).single();
    }

    @Test
    void eachLineIsAnsweredInOrderAndABadLineDoesNotStopTheRest() {
        var results = importLines(lines("import-per-line"), null);

        assertThat(results).hasSize(7);
        assertThat(results.subList(0, 6)).extracting(r -> r.get("line").asInt()).containsExactly(1, 2, 4, 5, 6, 7);
        assertThat(results.subList(0, 6)).extracting(r -> r.get("status").asInt()).containsExactly(201, 400, 201, 400, 200, 400);
        assertThat(results.get(1).get("problem").get("errors").get(0).get("field").asText()).isEqualTo("type");
        assertThat(results.get(3).get("problem").get("errors").get(0).get("field").asText()).isEqualTo("trackId");
        assertThat(results.get(4).get("recorded").asBoolean()).as("joining twice repeats a known fact").isFalse();
        assertThat(results.get(5).get("problem").get("errors").get(0).get("field").asText()).isEqualTo("line");
        var summary = results.get(6).get("summary");
        assertThat(summary.get("lines").asInt()).isEqualTo(6);
        assertThat(summary.get("recorded").asInt()).isEqualTo(2);
        assertThat(summary.get("unchanged").asInt()).isEqualTo(1);
        assertThat(summary.get("failed").asInt()).isEqualTo(3);
        assertThat(stored("import-per-line")).isEqualTo(2);
    }

    @Test
    void reImportingUnderTheSameKeyRecordsNothingTwice() {
        var lines = lines("import-rerun");
        importLines(lines, "editors-file-42");
        var again = importLines(lines, "editors-file-42");

        assertThat(again.get(0).get("status").asInt()).as("the stored answer to line 1").isEqualTo(201);
        assertThat(stored("import-rerun")).isEqualTo(2);
    }

    @Test
    void theCommandLineClientRecordsImportsAndShows(@TempDir Path dir) throws Exception {
        var url = "http://localhost:" + port;
        var file = dir.resolve("developments.ndjson");
        Files.write(file, lines("cli-track"));

        var imported = cli("--url", url, "--api-key", TestApiKeys.EDITOR, "import", "--no-progress", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(1);
        assertThat(imported.out()).contains("imported 6 lines: 2 recorded, 1 unchanged, 3 failed");
        assertThat(imported.err()).contains("line 2").contains("summit-postponed");

        var command = dir.resolve("mood.json");
        Files.writeString(command, "{\"type\": \"assessment-reported\", \"mood\": \"optimistic\", \"assessedBy\": " + HAMAS
                + ", " + SOURCES + "}");
        var withoutKey = cli("--url", url, "record", "cli-track", command.toString());
        assertThat(withoutKey.exitCode()).isEqualTo(1);
        assertThat(withoutKey.err()).contains("401").contains("X-API-Key");
        var asReader = cli("--url", url, "--api-key", TestApiKeys.READER, "record", "cli-track", command.toString());
        assertThat(asReader.err()).contains("403").contains("needs the editor role");
        var recorded = cli("--url", url, "--api-key", TestApiKeys.EDITOR, "record", "cli-track", command.toString());
        assertThat(recorded.exitCode()).as(recorded.err()).isZero();
        assertThat(recorded.out()).contains("recorded assessment-reported").contains("version 3");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var shown = cli("--url", url, "--api-key", TestApiKeys.EDITOR, "show", "cli-track");
            assertThat(shown.exitCode()).isZero();
            assertThat(shown.out()).contains("Import test (summit)").contains("version 3").contains("Hamas");
        });
        var unknown = cli("--url", url, "--api-key", TestApiKeys.EDITOR, "show", "no-such-track");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("404");
    }

    record Run(int exitCode, String out, String err) {
    }

    private static Run cli(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = ParleyCli.commandLine(Map.of(), new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
