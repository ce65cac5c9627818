package dev.parley.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Client-protocol tests of {@code parley show}: the request sent to a stand-in server ({@link FakeParley}) and what
 * is printed for its answers. They do not show that Parley itself answers this way.
 */
class ShowProtocolTest {

    static final String TRACK = """
            {"trackId":"paris-ministerial","name":"Paris ministerial meeting on Gaza","kind":"ministerial-meeting",
             "status":"announced","version":2,"host":{"id":"france","name":"France"},
             "participants":[{"actor":{"id":"united-states","name":"United States"},"role":"party"}]}""";

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
    void getsTheTrackAndRendersItAsText() {
        parley.answer(200, "application/json", TRACK);

        CliRun run = CliRun.run("--url", parley.url(), "show", "paris-ministerial", "--api-key", "k");

        FakeParley.Request sent = parley.onlyRequest();
        assertThat(sent.method()).isEqualTo("GET");
        assertThat(sent.rawPath()).isEqualTo("/api/v1/tracks/paris-ministerial");
        assertThat(sent.header("X-API-Key")).isEqualTo("k");
        assertThat(sent.body()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).containsExactly(
                "Paris ministerial meeting on Gaza (ministerial-meeting) — announced, version 2",
                "",
                "participants:",
                "  - United States, party");
    }

    @Test
    void jsonSwitchPrintsTheTrackPrettyAndUnchanged() throws IOException {
        parley.answer(200, "application/json", TRACK);

        CliRun run = CliRun.run("--url", parley.url(), "show", "paris-ministerial", "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Json.MAPPER.readTree(run.out())).isEqualTo(Json.MAPPER.readTree(TRACK));
        assertThat(run.outLines()).first().isEqualTo("{");
        assertThat(run.outLines()).contains("  \"version\" : 2,");
    }

    @Test
    void unknownTrackPrintsTheProblemAndExitsOne() {
        parley.answer(404, "application/problem+json", """
                {"title":"Not Found","status":404,"detail":"No track no-such-track"}""");

        CliRun run = CliRun.run("--url", parley.url(), "show", "no-such-track");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.errLines()).containsExactly("error 404 Not Found: No track no-such-track");
        assertThat(run.out()).isEmpty();
    }
}
