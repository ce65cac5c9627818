package dev.parley.timeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley show <trackId> [--json]}: the track's current state, as text for people or as JSON for tools. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows a track's current state.")
final class ShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<trackId>", description = "The track, e.g. sharm-el-sheikh-talks.")
    String trackId;

    @Option(names = "--json", description = "Print Parley's JSON, pretty-printed, instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final ParleyCli cli;

    ShowCommand(ParleyCli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        HttpResponse<byte[]> answer = cli.api().track(trackId);
        if (answer.statusCode() / 100 != 2) {
            Problem.of(answer.statusCode(), answer.body()).printTo(spec.commandLine().getErr());
            return ExitCode.FAILED;
        }
        JsonNode track = Json.read(answer.body());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(track));
        } else {
            TrackRenderer.render(track).forEach(out::println);
        }
        return ExitCode.OK;
    }
}
