package dev.parley.timeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley record <trackId> [<file>|-]}: posts one JSON command document to the track. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Records one development: posts a JSON command document to a track.")
final class RecordCommand implements Callable<Integer> {

    static final String STDIN = "-";

    @Parameters(index = "0", paramLabel = "<trackId>", description = "The track, e.g. sharm-el-sheikh-talks.")
    String trackId;

    @Parameters(index = "1", arity = "0..1", paramLabel = "<file>", defaultValue = STDIN,
            description = "The JSON command document; - or nothing reads standard input.")
    String file;

    @Option(names = "--idempotency-key", paramLabel = "<key>",
            description = "Makes a retry safe: the same key and document return the first answer and store nothing new.")
    String idempotencyKey;

    @Option(names = "--if-match", paramLabel = "<version>",
            description = "Record only if the track is still at this version (sent as If-Match: \"<version>\").")
    Long ifMatch;

    @Spec
    CommandSpec spec;

    private final ParleyCli cli;

    RecordCommand(ParleyCli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        if (ifMatch != null && ifMatch < 0) {
            throw new ParameterException(spec.commandLine(), "--if-match must be a version, 0 or more: " + ifMatch);
        }
        HttpResponse<byte[]> answer = cli.api().recordCommand(trackId, document(), idempotencyKey, ifMatch);
        if (answer.statusCode() / 100 != 2) {
            Problem.of(answer.statusCode(), answer.body()).printTo(spec.commandLine().getErr());
            return ExitCode.FAILED;
        }
        spec.commandLine().getOut().println(describe(Json.read(answer.body())));
        return ExitCode.OK;
    }

    private BodyPublisher document() throws IOException {
        if (STDIN.equals(file)) {
            // one command document is small; reading it first gives the request a Content-Length
            return HttpRequest.BodyPublishers.ofByteArray(cli.stdin().readAllBytes());
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ParameterException(spec.commandLine(), "Cannot read the command document " + file);
        }
        return HttpRequest.BodyPublishers.ofFile(path);
    }

    static String describe(JsonNode answer) {
        String result = "%s as event %s; track %s is at version %s".formatted(Json.text(answer, "type", "?"),
                Json.text(answer, "eventId", "?"), Json.text(answer, "trackId", "?"), Json.text(answer, "version", "?"));
        // "recorded": false means the command repeated a known fact and the named event is the earlier one
        return answer.path("recorded").asBoolean(true) ? "recorded " + result : "unchanged: " + result;
    }
}
