package dev.parley.timeline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley import <file.ndjson>}: sends a file of command documents, one per line, in a single streamed request,
 * and follows the per-line results as the server streams them back.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a batch: one JSON command document per line, each naming its track.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<file.ndjson>", description = "The commands, one JSON document per line.")
    Path file;

    @Option(names = "--idempotency-key", paramLabel = "<key>",
            description = "Makes a retry of the whole import safe: the same key and file return the first answer.")
    String idempotencyKey;

    @Option(names = "--report", paramLabel = "<file>",
            description = "Also write every line's result, as Parley sent it, to this NDJSON file.")
    Path report;

    @Option(names = "--no-progress", description = "Do not draw the progress bar (failures are still printed).")
    boolean noProgress;

    @Spec
    CommandSpec spec;

    private final ParleyCli cli;
    private final Map<String, String> env;
    /** Counted here as well: a failed line fails the import even if the server's summary were to miscount. */
    private long failuresSeen;

    ImportCommand(ParleyCli cli, Map<String, String> env) {
        this.cli = cli;
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ParameterException(spec.commandLine(), "Cannot read the batch " + file);
        }
        long total = NdjsonLines.countNonBlank(file);
        // opened before the request, so that an unwritable report fails before anything is recorded
        try (Writer reportWriter = report == null ? Writer.nullWriter() : Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            HttpResponse<InputStream> answer = cli.api().importBatch(file, idempotencyKey);
            try (InputStream body = answer.body()) {
                if (answer.statusCode() / 100 != 2) {
                    Problem.of(answer.statusCode(), body.readAllBytes()).printTo(spec.commandLine().getErr());
                    return ExitCode.FAILED;
                }
                ImportSummary summary = follow(body, total, reportWriter);
                spec.commandLine().getOut().println(summary.describe());
                return summary.failed() > 0 || failuresSeen > 0 ? ExitCode.FAILED : ExitCode.OK;
            }
        }
    }

    private ImportSummary follow(InputStream body, long total, Writer reportWriter) throws IOException {
        BufferedReader results = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        try (ProgressDisplay progress = noProgress
                ? ProgressDisplay.hidden(spec.commandLine().getErr())
                : ProgressDisplay.shown(spec.commandLine().getErr(), TerminalWidth.of(env), total)) {
            return ImportResultReader.read(results, result -> {
                reportWriter.write(result.json());
                reportWriter.write('\n');
                if (result.failed()) {
                    failuresSeen++;
                    progress.message(result.failureLines());
                }
                progress.step();
            });
        }
    }
}
