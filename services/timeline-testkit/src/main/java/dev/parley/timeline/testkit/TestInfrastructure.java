package dev.parley.timeline.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * One real PostgreSQL and one real Kafka broker per test JVM, shared by every test, chosen in this
 * order:
 *
 * <ol>
 *   <li>external: {@code PARLEY_TEST_JDBC_URL} (with {@code PARLEY_TEST_JDBC_USER} and
 *       {@code PARLEY_TEST_JDBC_PASSWORD}) and {@code PARLEY_TEST_KAFKA_BOOTSTRAP};
 *   <li>Testcontainers, when a Docker engine answers;
 *   <li>embedded: zonky's PostgreSQL binaries (fsync off, for speed) and an in-process KRaft broker.
 * </ol>
 *
 * {@code PARLEY_TEST_INFRA=embedded|testcontainers} forces a choice.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    /** Pinned so a test run does not change with whatever "latest" means today. */
    static final DockerImageName POSTGRES_IMAGE = DockerImageName.parse("postgres:17.6");
    static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:3.9.2");

    private static PostgresServer postgres;
    private static KafkaServer kafka;

    private TestInfrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = startPostgres();
            log.info("Parley tests use {} PostgreSQL", postgres.kind());
        }
        return postgres;
    }

    public static synchronized KafkaServer kafka() {
        if (kafka == null) {
            kafka = startKafka();
            log.info("Parley tests use {} Kafka at {}", kafka.kind(), kafka.bootstrapServers());
        }
        return kafka;
    }

    private static PostgresServer startPostgres() {
        var url = System.getenv("PARLEY_TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            return new PostgresServer("external", url, env("PARLEY_TEST_JDBC_USER", "postgres"),
                    env("PARLEY_TEST_JDBC_PASSWORD", "postgres"));
        }
        if (useContainers()) {
            var container = new PostgreSQLContainer<>(POSTGRES_IMAGE);
            container.start();
            return new PostgresServer("Testcontainers", container.getJdbcUrl(), container.getUsername(),
                    container.getPassword());
        }
        try {
            var embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(embedded)));
            return new PostgresServer("embedded (zonky)", embedded.getJdbcUrl("postgres", "postgres"), "postgres",
                    "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL", e);
        }
    }

    private static KafkaServer startKafka() {
        var bootstrap = System.getenv("PARLEY_TEST_KAFKA_BOOTSTRAP");
        if (bootstrap != null && !bootstrap.isBlank()) {
            return new KafkaServer("external", bootstrap);
        }
        if (useContainers()) {
            var container = new KafkaContainer(KAFKA_IMAGE);
            container.start();
            return new KafkaServer("Testcontainers", container.getBootstrapServers());
        }
        var broker = new EmbeddedKafkaKraftBroker(1, 1).brokerProperties(Map.of(
                // the 128 MB default cleaner buffer would dominate the test JVM's heap
                "log.cleaner.dedupe.buffer.size", "2097152",
                "group.initial.rebalance.delay.ms", "0",
                "auto.create.topics.enable", "false"));
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        return new KafkaServer("embedded (in-process KRaft)", broker.getBrokersAsString());
    }

    private static boolean useContainers() {
        var forced = System.getenv("PARLEY_TEST_INFRA");
        if (forced != null && !forced.isBlank()) {
            return forced.equals("testcontainers");
        }
        if (!dockerMayBeConfigured()) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Asks Testcontainers only when some Docker engine could be configured: otherwise its probe
     * logs a page of errors on every machine without Docker, for a choice already made.
     */
    private static boolean dockerMayBeConfigured() {
        var home = Path.of(System.getProperty("user.home"));
        return System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(home.resolve(".docker/run/docker.sock"))
                || Files.exists(home.resolve(".testcontainers.properties"));
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            log.warn("could not stop {}", closeable, e);
        }
    }
}
