package dev.parley.timeline.standalone.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.standalone.StandaloneApplication;
import dev.parley.timeline.standalone.embedded.EmbeddedKafkaBroker;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import dev.parley.timeline.testkit.TopicSequences;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Kafka stopped in the middle of a write load and started again: every command is still recorded
 * (the event store is the source of truth), health says Kafka is degraded while readiness stays
 * 200 and the publication gauges count the events waiting, and once Kafka is back every stored
 * event reaches the topic in per-track order, the gauges fall to zero and the projection ends
 * exactly equal to the event store.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.standalone.demo-data=false")
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class KafkaOutageTest {

    private static final List<String> TRACKS = List.of("outage-paris", "outage-sharm", "outage-washington");
    private static final int COMMANDS = 60;
    private static final Path LOG_DIR = temporaryDirectory();
    private static final int PORT = freePort();
    private static final int CONTROLLER_PORT = freePort();
    private static EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(LOG_DIR, PORT, CONTROLLER_PORT);

    @DynamicPropertySource
    static void ownBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> "localhost:" + PORT);
    }

    @AfterAll
    static void removeBroker() throws IOException {
        broker.close();
        try (var files = Files.walk(LOG_DIR)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Value("${parley.timeline.topic.name}")
    String topic;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void commandsSucceedWhileKafkaIsDownAndEverythingIsPublishedAndProjectedOnceItIsBack() throws Exception {
        TRACKS.forEach(track -> assertThat(post(track, announce(track))).isEqualTo(201));
        var accepted = new AtomicInteger();
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        var writers = Executors.newFixedThreadPool(3);
        List<Future<?>> load = new ArrayList<>();
        for (int i = 0; i < COMMANDS; i++) {
            var track = TRACKS.get(i % TRACKS.size());
            var actor = "actor-" + i;
            load.add(writers.submit(() -> {
                statuses.add(post(track, join(actor)));
                accepted.incrementAndGet();
                pace();
            }));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> accepted.get() >= COMMANDS / 4);
        broker.close();
        int acceptedWhenStopped = accepted.get();
        await().atMost(Duration.ofSeconds(60)).until(() -> accepted.get() >= acceptedWhenStopped + COMMANDS / 4);
        assertThat(health()).as("while Kafka is down").isEqualTo("DEGRADED");
        assertThat(readiness()).isEqualTo(200);
        assertThat(metric("parley.publication.unpublished")).as("events waiting for Kafka").isPositive();
        assertThat(metric("parley.publication.oldest.unpublished")).as("seconds the oldest has waited").isPositive();
        broker = EmbeddedKafkaBroker.start(LOG_DIR, PORT, CONTROLLER_PORT);
        for (var command : load) {
            command.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();

        assertThat(statuses).as("every command of the load").hasSize(COMMANDS).containsOnly(201);
        long stored = jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
        assertThat(stored).as("store: 3 announcements + the load").isEqualTo(TRACKS.size() + COMMANDS);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            var onTopic = TopicSequences.read("localhost:" + PORT, topic);
            for (var track : TRACKS) {
                assertThat(TopicSequences.firstAppearances(onTopic.get(track))).as("topic: %s in order", track)
                        .containsExactlyElementsOf(sequences(storedEvents(track)));
            }
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (var track : TRACKS) {
                assertThat(projectedVersion(track)).as("projection: version of %s", track).isEqualTo(storedEvents(track));
            }
        });
        assertThat(jdbc.sql("SELECT count(*) FROM track_development").query(Long.class).single())
                .as("projection: one development per stored event").isEqualTo(stored);
        assertThat(health()).as("after Kafka returned").isEqualTo("UP");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(metric("parley.publication.unpublished")).as("events waiting, once caught up").isZero();
            assertThat(metric("parley.publication.oldest.unpublished")).as("oldest waiting, once caught up").isZero();
        });
    }

    private int post(String track, String body) {
        return TestApiKeys.editor(port).post().uri("/api/v1/tracks/{trackId}/commands", track)
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> response.getStatusCode().value());
    }

    private long storedEvents(String track) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?").param(track)
                .query(Long.class).single();
    }

    private long projectedVersion(String track) {
        return TestApiKeys.reader(port).get().uri("/api/v1/tracks/{trackId}", track)
                .exchange((request, response) -> response.getStatusCode().value() == 200
                        ? json.readTree(response.getBody()).path("version").asLong() : 0L);
    }

    private String health() {
        return TestApiKeys.admin(port).get().uri("/actuator/health")
                .exchange((request, response) -> json.readTree(response.getBody()).path("components").path("kafka")
                        .path("status").asText());
    }

    private double metric(String name) {
        return TestApiKeys.admin(port).get().uri("/actuator/metrics/{name}", name)
                .exchange((request, response) -> json.readTree(response.getBody()).path("measurements").path(0).path("value")
                        .asDouble(Double.NaN));
    }

    private int readiness() {
        return TestApiKeys.reader(port).get().uri("/actuator/health/readiness")
                .exchange((request, response) -> response.getStatusCode().value());
    }

    private static List<Long> sequences(long count) {
        List<Long> sequences = new ArrayList<>();
        for (long sequence = 1; sequence <= count; sequence++) {
            sequences.add(sequence);
        }
        return sequences;
    }

    private static String announce(String track) {
        return """
                {"type": "track-announced", "name": "%s", "kind": "indirect-talks",
                 "host": {"id": "egypt", "name": "Egypt", "kind": "state", "country": "EG"},
                 "venue": {"name": "Sharm el-Sheikh", "country": "EG"}, "occurredAt": "2025-10-06",
                 "sources": [{"publisher": "Reuters"}]}""".formatted(track);
    }

    private static String join(String actor) {
        return """
                {"type": "participant-joined", "actor": {"id": "%s", "name": "Actor %s", "kind": "state", "country": "QA"},
                 "role": "observer", "occurredAt": "2025-10-08", "sources": [{"publisher": "Reuters"}]}"""
                .formatted(actor, actor);
    }

    /** A steady load rather than a burst, so the outage falls in its middle. */
    private static void pace() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("parley-outage-kafka-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
