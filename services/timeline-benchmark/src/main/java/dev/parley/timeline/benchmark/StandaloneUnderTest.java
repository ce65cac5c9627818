package dev.parley.timeline.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The standalone Parley jar started as a process of its own, as a user starts it, on a fresh data
 * directory with durable PostgreSQL settings and without the demo data, on free loopback ports;
 * or, given external servers, the same jar on the user's PostgreSQL and Kafka.
 */
final class StandaloneUnderTest implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final ParleyHttp http;
    private final Servers servers;
    private final Duration startUp;

    private StandaloneUnderTest(Process process, ParleyHttp http, Servers servers, Duration startUp) {
        this.process = process;
        this.http = http;
        this.servers = servers;
        this.startUp = startUp;
    }

    /**
     * Where Parley stores and publishes.
     *
     * @param jdbcUrl a PostgreSQL URL with user and password as parameters, for Parley and the baselines alike
     * @param embedded true for the standalone's own servers, false for servers the user runs
     */
    record Servers(String jdbcUrl, String bootstrapServers, boolean embedded) {

        static Servers external(String jdbcUrl, String bootstrapServers) {
            return new Servers(jdbcUrl, bootstrapServers, false);
        }
    }

    /** The standalone's documented development key for the editor role (it also reads). */
    private static final String DEVELOPMENT_EDITOR_KEY = "parley-dev-editor-key";
    /** The standalone's documented development key for the administrator, who starts rebuilds. */
    static final String DEVELOPMENT_ADMIN_KEY = "parley-dev-admin-key";

    /**
     * Starts the jar and waits until it reports itself ready (database, broker and consumer up).
     *
     * @param external the user's servers, or null for the standalone's embedded ones
     * @param recording where the Java Flight Recorder writes Parley's profile, or null for none
     */
    static StandaloneUnderTest start(Path jar, Path workDir, Servers external, Path recording)
            throws IOException, InterruptedException {
        int httpPort = freePort();
        var dataDir = workDir.resolve("data");
        // a run measures a fresh store: the data of an earlier run with the same --out would refuse the import
        deleteRecursively(dataDir);
        Files.createDirectories(workDir);
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java));
        if (recording != null) {
            command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recording.toAbsolutePath());
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + httpPort,
                "--parley.standalone.data-dir=" + dataDir.toAbsolutePath(),
                "--parley.standalone.demo-data=false"));
        Servers servers;
        if (external == null) {
            int postgresPort = freePort();
            int kafkaPort = freePort();
            command.add("--parley.standalone.embedded-postgres.port=" + postgresPort);
            command.add("--parley.standalone.embedded-kafka.port=" + kafkaPort);
            servers = new Servers("jdbc:postgresql://localhost:" + postgresPort + "/postgres?user=postgres",
                    "localhost:" + kafkaPort, true);
        } else {
            command.add("--parley.standalone.embedded-postgres.enabled=false");
            command.add("--spring.datasource.url=" + external.jdbcUrl());
            command.add("--parley.standalone.embedded-kafka.enabled=false");
            command.add("--spring.kafka.bootstrap-servers=" + external.bootstrapServers());
            servers = external;
        }
        long started = System.nanoTime();
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("parley.log").toFile())
                .start();
        // a benchmark stopped with Ctrl-C must not leave Parley and its servers running
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-parley"));
        var http = new ParleyHttp(URI.create("http://localhost:" + httpPort), DEVELOPMENT_EDITOR_KEY);
        long deadline = started + START_TIMEOUT.toNanos();
        while (!http.isReady()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Parley exited with " + process.exitValue() + " while starting; see "
                        + workDir.resolve("parley.log"));
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("Parley was not ready within " + START_TIMEOUT);
            }
            Thread.sleep(100);
        }
        return new StandaloneUnderTest(process, http, servers, Duration.ofNanos(System.nanoTime() - started));
    }

    ParleyHttp http() {
        return http;
    }

    /** The PostgreSQL and Kafka Parley uses, for baselines on the very same servers. */
    Servers servers() {
        return servers;
    }

    long pid() {
        return process.pid();
    }

    Duration startUp() {
        return startUp;
    }

    /** Resident memory of the Parley process (JVM plus nothing else: PostgreSQL runs as its own processes). */
    OptionalLong residentBytes() {
        var status = Path.of("/proc", Long.toString(process.pid()), "status");
        try {
            return Files.readAllLines(status).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
                    .findFirst();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Has Parley's JVM collect its whole heap ({@code jcmd <pid> GC.run}) and then asks the
     * actuator how much of the heap is in use: the live data, where resident memory also counts
     * heap the JVM took and kept. Empty when this Java has no {@code jcmd} or the collection fails.
     */
    OptionalLong liveHeapBytes() throws InterruptedException {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return OptionalLong.empty();
        }
        try {
            var collection = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!collection.waitFor(2, TimeUnit.MINUTES) || collection.exitValue() != 0) {
                collection.destroyForcibly();
                return OptionalLong.empty();
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        try {
            var used = http.as(DEVELOPMENT_ADMIN_KEY).get("/actuator/metrics/jvm.memory.used", "tag", "area:heap")
                    .path("measurements").path(0).path("value");
            return used.isNumber() ? OptionalLong.of(used.asLong()) : OptionalLong.empty();
        } catch (IllegalStateException e) {
            // metrics not exposed (a configuration of its own): the report goes without this figure
            return OptionalLong.empty();
        }
    }

    /** Stops Parley as Ctrl-C would, so the embedded servers shut down cleanly. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
