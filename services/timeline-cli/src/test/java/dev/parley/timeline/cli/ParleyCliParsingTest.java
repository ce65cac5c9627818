package dev.parley.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Argument parsing: what each command line turns into, and which ones are usage errors (exit code 2). */
class ParleyCliParsingTest {

    private static CommandLine commandLine(Map<String, String> env) {
        return ParleyCli.commandLine(env, new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
    }

    private static <T> T subcommand(CommandLine commandLine, Class<T> type, String... args) {
        ParseResult parsed = commandLine.parseArgs(args);
        return type.cast(parsed.subcommand().commandSpec().userObject());
    }

    @Test
    void recordTakesTrackFileAndConditions() {
        RecordCommand record = subcommand(commandLine(Map.of()), RecordCommand.class,
                "record", "paris-ministerial", "usa.json", "--idempotency-key", "paris-usa-1", "--if-match", "3");

        assertThat(record.trackId).isEqualTo("paris-ministerial");
        assertThat(record.file).isEqualTo("usa.json");
        assertThat(record.idempotencyKey).isEqualTo("paris-usa-1");
        assertThat(record.ifMatch).isEqualTo(3L);
    }

    @Test
    void recordReadsStandardInputWithoutFileAndSendsNoConditionsUnlessAsked() {
        RecordCommand record = subcommand(commandLine(Map.of()), RecordCommand.class, "record", "paris-ministerial");

        assertThat(record.file).isEqualTo(RecordCommand.STDIN);
        assertThat(record.idempotencyKey).isNull();
        assertThat(record.ifMatch).isNull();
    }

    @Test
    void importTakesFileKeyReportAndProgressSwitch() {
        ImportCommand batch = subcommand(commandLine(Map.of()), ImportCommand.class,
                "import", "batch.ndjson", "--idempotency-key", "k-1", "--report", "out.ndjson", "--no-progress");

        assertThat(batch.file).isEqualTo(Path.of("batch.ndjson"));
        assertThat(batch.idempotencyKey).isEqualTo("k-1");
        assertThat(batch.report).isEqualTo(Path.of("out.ndjson"));
        assertThat(batch.noProgress).isTrue();
    }

    @Test
    void showTakesTrackAndJsonSwitch() {
        ShowCommand show = subcommand(commandLine(Map.of()), ShowCommand.class, "show", "sharm-el-sheikh-talks", "--json");

        assertThat(show.trackId).isEqualTo("sharm-el-sheikh-talks");
        assertThat(show.json).isTrue();
    }

    @Test
    void urlDefaultsToLocalParleyWithoutKey() {
        CommandLine commandLine = commandLine(Map.of());
        commandLine.parseArgs("show", "t");
        ParleyCli cli = commandLine.getCommand();

        assertThat(cli.url).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(cli.apiKey).isNull();
    }

    @Test
    void environmentGivesUrlAndKey() {
        CommandLine commandLine = commandLine(Map.of("PARLEY_URL", "https://parley.example/", "PARLEY_API_KEY", "secret"));
        commandLine.parseArgs("show", "t");
        ParleyCli cli = commandLine.getCommand();

        assertThat(cli.url).isEqualTo(URI.create("https://parley.example"));
        assertThat(cli.apiKey).isEqualTo("secret");
    }

    @Test
    void globalOptionsWorkBeforeTheSubcommand() {
        CommandLine commandLine = commandLine(Map.of("PARLEY_URL", "http://from-env:1"));
        commandLine.parseArgs("--url", "http://before:8080/parley/", "--api-key", "k", "show", "t");
        ParleyCli cli = commandLine.getCommand();

        assertThat(cli.url).isEqualTo(URI.create("http://before:8080/parley"));
        assertThat(cli.apiKey).isEqualTo("k");
    }

    @Test
    void globalOptionsWorkAfterTheSubcommand() {
        CommandLine commandLine = commandLine(Map.of("PARLEY_URL", "http://from-env:1"));
        commandLine.parseArgs("show", "t", "--url", "http://after:8080", "--api-key", "k");
        ParleyCli cli = commandLine.getCommand();

        assertThat(cli.url).isEqualTo(URI.create("http://after:8080"));
        assertThat(cli.apiKey).isEqualTo("k");
    }

    @Test
    void missingTrackIsAUsageError() {
        CliRun run = CliRun.run("record");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Missing required parameter: '<trackId>'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void versionThatIsNoNumberIsAUsageError() {
        CliRun run = CliRun.run("record", "t", "c.json", "--if-match", "latest");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--if-match");
    }

    @Test
    void negativeVersionIsAUsageError() {
        CliRun run = CliRun.run(Map.of(), "{}", "record", "t", "--if-match", "-1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--if-match must be a version");
    }

    @Test
    void urlThatIsNotHttpIsAUsageError() {
        CliRun run = CliRun.run("--url", "ftp://parley.example", "show", "t");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("is not an http or https URL");
    }

    @Test
    void unknownSubcommandOrNoneIsAUsageError() {
        assertThat(CliRun.run("delete", "t").exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun none = CliRun.run();
        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).contains("Missing subcommand");
    }

    @Test
    void unreadableFilesAreUsageErrorsBeforeAnyRequest() {
        // the URL would refuse a connection (exit 3): exit 2 shows the file was checked first
        CliRun record = CliRun.run("--url", "http://127.0.0.1:9", "record", "t", "no/such/command.json");
        CliRun batch = CliRun.run("--url", "http://127.0.0.1:9", "import", "no/such/batch.ndjson");

        assertThat(record.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(record.err()).contains("Cannot read the command document no/such/command.json");
        assertThat(batch.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(batch.err()).contains("Cannot read the batch no/such/batch.ndjson");
    }

    @Test
    void helpListsTheSubcommandsAndExitCodes() {
        CliRun run = CliRun.run("--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("record", "import", "show", "Exit codes:");
    }
}
