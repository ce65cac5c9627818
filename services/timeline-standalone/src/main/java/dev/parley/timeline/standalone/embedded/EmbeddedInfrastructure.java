package dev.parley.timeline.standalone.embedded;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded PostgreSQL and Kafka broker once the configuration is known and points the
 * application at them. Either is skipped when disabled, so external servers replace them by
 * configuration alone:
 *
 * <pre>
 * parley.standalone.data-dir                  ./data (or PARLEY_DATA_DIR)
 * parley.standalone.embedded-postgres.enabled true; false uses spring.datasource.*
 * parley.standalone.embedded-postgres.port    5433
 * parley.standalone.embedded-kafka.enabled    true; false uses spring.kafka.bootstrap-servers
 * parley.standalone.embedded-kafka.port       9092
 * </pre>
 */
public class EmbeddedInfrastructure implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedInfrastructure.class);
    private static final String PREFIX = "parley.standalone.";

    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        var environment = event.getEnvironment();
        var dataDir = Path.of(environment.getProperty(PREFIX + "data-dir", "./data")).toAbsolutePath().normalize();
        Map<String, Object> wiring = new HashMap<>();
        if (environment.getProperty(PREFIX + "embedded-postgres.enabled", Boolean.class, true)) {
            postgres = EmbeddedPostgresServer.start(dataDir.resolve("postgres"),
                    environment.getProperty(PREFIX + "embedded-postgres.port", Integer.class,
                            EmbeddedPostgresServer.DEFAULT_PORT));
            wiring.put("spring.datasource.url", postgres.jdbcUrl());
            wiring.put("spring.datasource.username", postgres.username());
            wiring.put("spring.datasource.password", postgres.password());
        }
        if (environment.getProperty(PREFIX + "embedded-kafka.enabled", Boolean.class, true)) {
            kafka = EmbeddedKafkaBroker.start(dataDir.resolve("kafka"),
                    environment.getProperty(PREFIX + "embedded-kafka.port", Integer.class, EmbeddedKafkaBroker.DEFAULT_PORT));
            wiring.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
            // a single broker cannot hold more than one replica
            wiring.put("parley.timeline.topic.replication-factor", "1");
        }
        addFirst(environment, wiring);
        log.info("Embedded infrastructure ready in {} (PostgreSQL: {}, Kafka: {})", dataDir,
                postgres == null ? "external" : postgres.jdbcUrl(),
                kafka == null ? "external" : kafka.bootstrapServers());
    }

    private static void addFirst(ConfigurableEnvironment environment, Map<String, Object> wiring) {
        environment.getPropertySources().addFirst(new MapPropertySource("parley-embedded-infrastructure", wiring));
    }

    /** Stops the broker, then the database; safe to call more than once. */
    @Override
    public void close() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
