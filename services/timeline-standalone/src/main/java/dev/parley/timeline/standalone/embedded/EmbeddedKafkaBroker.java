package dev.parley.timeline.standalone.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka broker (KRaft, combined broker and controller) running inside this JVM.
 *
 * <p>Built on Kafka's own {@link KafkaRaftServer} rather than Spring's test broker because it binds
 * the port it is given and keeps its log directory across restarts. Clients connect to
 * {@code localhost:port} (PLAINTEXT, loopback only), so tools such as {@code kcat} work too.
 *
 * <p>Kafka halts the JVM on some fatal storage faults: a development convenience, not production.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    public static final int DEFAULT_PORT = 9092;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private static final int NODE_ID = 1;
    private static final String CLIENT_LISTENER = "PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final String META_PROPERTIES = "meta.properties";

    private final KafkaRaftServer server;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts the broker on {@code localhost:port}. The controller listener only serves this node,
     * so it takes any free loopback port rather than claiming a second well-known one.
     */
    public static EmbeddedKafkaBroker start(Path logDir, int port) {
        return start(logDir, port, LoopbackPorts.anyFree("the Kafka controller listener"));
    }

    /**
     * Starts the broker, formatting {@code logDir} only on first use, and returns once it accepts
     * clients.
     */
    public static EmbeddedKafkaBroker start(Path logDir, int port, int controllerPort) {
        Path dir = logDir.toAbsolutePath().normalize();
        long startedAt = System.nanoTime();
        LoopbackPorts.requireFree(port, "Kafka broker");
        String clusterId = formatIfNew(dir);
        // doLog=false: the broker logs its effective settings (~300 lines) once itself while starting
        KafkaConfig config = KafkaConfig.fromProps(brokerProperties(dir, port, controllerPort), false);

        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, port);
        try {
            server.startup();
            broker.awaitAcceptingClients();
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        log.info("Embedded Kafka broker ready on {} (cluster {}, log dir {}) in {} ms",
                broker.bootstrapServers(), clusterId, dir,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
        return broker;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }


    /** Controlled shutdown: flushes and closes the logs, so the next start skips log recovery. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        log.info("Embedded Kafka broker on {} stopped", bootstrapServers());
    }

    private static Properties brokerProperties(Path dir, int port, int controllerPort) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + LOOPBACK + ":" + controllerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", CLIENT_LISTENER);
        // bind loopback only: nothing outside this machine should reach a development broker
        props.put("listeners", CLIENT_LISTENER + "://" + LOOPBACK + ":" + port + ","
                + CONTROLLER_LISTENER + "://" + LOOPBACK + ":" + controllerPort);
        props.put("advertised.listeners", CLIENT_LISTENER + "://localhost:" + port);
        props.put("listener.security.protocol.map", CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("log.dirs", dir.toString());

        // one node: every internal topic and default must make do with a single replica
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        // 50 partitions each by default: dozens of directories and index files for nothing on one node
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.num.partitions", "1");
        // topics are created deliberately by the application, never by a typo in a consumer
        props.put("auto.create.topics.enable", "false");
        // one node, so no replica holds a copy: write every append to disk before acknowledging,
        // or an OS crash could lose events whose publication the event store already counts as done
        props.put("log.flush.interval.messages", "1");
        props.put("num.partitions", "1");
        // the 128 MB default is allocated up front and dominates the heap of the whole app
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        // the 3 s default only helps groups with many members joining at once
        props.put("group.initial.rebalance.delay.ms", "0");
        return props;
    }

    /**
     * Formats the directory on first use only: reformatting would give it a new cluster id, which
     * the existing data then refuses. The id lives in {@code meta.properties}, written last.
     */
    private static String formatIfNew(Path dir) {
        Path metaProperties = dir.resolve(META_PROPERTIES);
        if (Files.isRegularFile(metaProperties)) {
            return readClusterId(metaProperties);
        }
        String clusterId = Uuid.randomUuid().toString();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            Files.createDirectories(dir);
            new Formatter()
                    // the formatter reports to System.out unless told otherwise
                    .setPrintStream(new PrintStream(output, true, StandardCharsets.UTF_8))
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(dir.toString())
                    .addDirectory(dir.toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka log directory " + dir + ": " + output, e);
        }
        log.info("Formatted new Kafka log directory {} for cluster {}", dir, clusterId);
        log.debug("Kafka storage formatter said: {}", output);
        return clusterId;
    }

    private static String readClusterId(Path metaProperties) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(metaProperties)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + metaProperties, e);
        }
        return props.getProperty("cluster.id");
    }

    /**
     * {@code startup()} returns before the broker is necessarily unfenced; until then metadata
     * lists no brokers and topic creation fails. A broker listed by describeCluster serves clients.
     */
    private void awaitAcceptingClients() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "parley-embedded-kafka-readiness");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(props)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    log.debug("Embedded Kafka broker not ready yet", e);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Embedded Kafka broker on " + bootstrapServers()
                            + " did not accept clients within " + READY_TIMEOUT.toSeconds() + " s");
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the embedded Kafka broker", e);
        }
    }
}
