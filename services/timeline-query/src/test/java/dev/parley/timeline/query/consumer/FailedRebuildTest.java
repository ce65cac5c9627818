package dev.parley.timeline.query.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.query.QueryTestApplication;
import dev.parley.timeline.query.TopicWriter;
import dev.parley.timeline.query.projection.TrackProjector;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rebuild that fails, while reading or at the very switch, leaves the live projection exactly as
 * it was, drops its half-built tables, and leaves the live consumer running. The failure is the
 * broker becoming unreachable for the rebuild's own consumer (a real consumer of the real broker,
 * made to throw from the n-th call of one method).
 */
// a topic and database of its own: a rebuild reads the whole topic
@SpringBootTest(classes = QueryTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.test.context=failed-rebuild")
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailedRebuildTest {

    private static final TrackId TRACK = new TrackId("failed-rebuild-sharm");
    private static final List<String> READS = List.of("/api/v1/tracks", "/api/v1/tracks/" + TRACK.value(),
            "/api/v1/timeline?limit=500", "/api/v1/issues");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    KafkaProperties kafka;
    @Autowired
    QueryConsumerProperties properties;
    @Autowired
    TrackProjector projector;
    @Autowired
    ProjectionOffsets offsets;
    @Autowired
    TimelineConsumer live;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeadLetters deadLetters;

    private final ObjectMapper json = new ObjectMapper();
    private int published;

    @BeforeAll
    void publishATrack() {
        try (var writer = new TopicWriter(bootstrapServers, properties.topic())) {
            writer.publish(SampleEvents.announced(TRACK), SampleEvents.joined(TRACK, 2), SampleEvents.exchanged(TRACK, 3));
        }
        published = 3;
        awaitVersion(3);
    }

    @ParameterizedTest(name = "the broker fails on call {1} of {0}")
    @CsvSource({"poll, 1", "endOffsets, 2"})
    void aFailedRebuildChangesNothingLiveAndTheLiveConsumerCarriesOn(String method, int failingCall) {
        var before = READS.stream().map(this::get).toList();
        var rebuild = new ProjectionRebuild(() -> failingOn(method, failingCall), properties, projector, offsets, live,
                transaction, jdbc, deadLetters);

        rebuild.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> !rebuild.progress().running());

        assertThat(rebuild.progress().state()).isEqualTo("failed");
        assertThat(rebuild.progress().error()).contains("injected");
        for (int i = 0; i < READS.size(); i++) {
            assertThat(get(READS.get(i))).as("%s after the failed rebuild", READS.get(i)).isEqualTo(before.get(i));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?")
                .param(ProjectionRebuild.REBUILD_SCHEMA).query(Long.class).single()).as("half-built tables dropped").isZero();

        published++;
        try (var writer = new TopicWriter(bootstrapServers, properties.topic())) {
            writer.publish(SampleEvents.exchanged(TRACK, published));
        }
        awaitVersion(published);
    }

    /** A consumer of the real broker whose n-th call of {@code method} fails as if the broker were gone. */
    @SuppressWarnings("unchecked")
    private Consumer<String, byte[]> failingOn(String method, int failingCall) {
        var real = new KafkaConsumer<String, byte[]>(ConsumerConfiguration.consumerConfig(kafka, "failed-rebuild"));
        var calls = new AtomicInteger();
        return (Consumer<String, byte[]>) Proxy.newProxyInstance(Consumer.class.getClassLoader(),
                new Class<?>[] {Consumer.class}, (proxy, called, args) -> {
                    if (called.getName().equals(method) && calls.incrementAndGet() == failingCall) {
                        throw new TimeoutException("broker unreachable (injected by the test)");
                    }
                    try {
                        return called.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void awaitVersion(long version) {
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/tracks/" + TRACK.value()).path("version").asLong() == version);
    }

    private JsonNode get(String path) {
        return TestApiKeys.reader(port).get().uri(path)
                .exchange((request, response) -> json.readTree(response.getBody()));
    }
}
