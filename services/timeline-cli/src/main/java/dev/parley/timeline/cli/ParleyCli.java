package dev.parley.timeline.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code parley}: the editors' command-line client. It talks to Parley only through the HTTP API, so it
 * shares no code with the server and works against any deployment.
 */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Records developments, imports batches and shows tracks through Parley's HTTP API.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:Parley answered with a problem, or an import had failed lines",
            "2:bad arguments",
            "3:Parley could not be reached or did not answer"})
public final class ParleyCli implements Callable<Integer> {

    static final String DEFAULT_URL = "http://localhost:8080";

    // INHERIT lets the options stand before or after the subcommand name; both end up in these fields.
    @Option(names = "--url", scope = ScopeType.INHERIT, converter = HttpUrlConverter.class, defaultValue = DEFAULT_URL,
            paramLabel = "<url>", description = "Parley's base URL, default ${DEFAULT-VALUE} (or env PARLEY_URL).")
    URI url;

    @Option(names = "--api-key", scope = ScopeType.INHERIT, paramLabel = "<key>",
            description = "Your API key, sent as header X-API-Key (env PARLEY_API_KEY). Recording needs an editor's key.")
    String apiKey;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    ParleyCli(InputStream stdin) {
        this.stdin = stdin;
    }

    public static void main(String[] args) {
        // UTF-8 whatever the locale: Java 17 would otherwise turn non-ASCII track names into '?' under LANG=C
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(commandLine(System.getenv(), System.in, out, err).execute(args));
    }

    /** The whole client with its environment passed in, so tests run it exactly as {@link #main} does. */
    public static CommandLine commandLine(Map<String, String> env, InputStream stdin, PrintWriter out, PrintWriter err) {
        ParleyCli cli = new ParleyCli(stdin);
        CommandLine commandLine = new CommandLine(cli);
        commandLine.addSubcommand(new RecordCommand(cli));
        commandLine.addSubcommand(new ImportCommand(cli, env));
        commandLine.addSubcommand(new ShowCommand(cli));
        commandLine.addSubcommand(new CommandLine.HelpCommand());
        // set after the subcommands were added: these setters only reach the subcommands already there
        commandLine.setDefaultValueProvider(new EnvironmentDefaults(env));
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: record, import or show");
    }

    ParleyApi api() {
        HttpClient http = HttpClient.newBuilder()
                // Parley serves HTTP/1.1; asking for HTTP/2 would only add an h2c upgrade attempt to every request
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(ParleyApi.CONNECT_TIMEOUT)
                .build();
        return new ParleyApi(http, url, apiKey);
    }

    InputStream stdin() {
        return stdin;
    }
}
