package dev.parley.timeline.standalone.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.standalone.StandaloneApplication;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import dev.parley.timeline.testkit.TopicSequences;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The publisher fails after Kafka acknowledged its sends but before its token was stored, as if it
 * were killed at that moment: PostgreSQL refuses the commit of the token's first updates, so the
 * batches are sent again. The topic then holds duplicates, and they change no projection.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.standalone.demo-data=false")
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class PublisherKilledBeforeTokenTest {

    private static final String TRACK = "republished-sharm";
    private static final int JOINS = 12;
    /** Token updates refused before the publisher gets through. */
    private static final int REFUSED_TOKEN_UPDATES = 3;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Value("${parley.timeline.topic.name}")
    String topic;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void removeFault() {
        jdbc.sql("DROP TRIGGER IF EXISTS refuse_publisher_token ON token_entry").update();
    }

    @Test
    void eventsSentAgainBecauseTheirTokenWasNotStoredChangeNoProjection() {
        // a sequence, unlike a flag in a table, is not rolled back with the refused update
        jdbc.sql("CREATE SEQUENCE IF NOT EXISTS refused_token_updates").update();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION refuse_publisher_token() RETURNS trigger AS $$
                BEGIN
                  IF nextval('refused_token_updates') <= %d THEN
                    RAISE EXCEPTION 'publisher killed before storing its token (injected by the test)';
                  END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql""".formatted(REFUSED_TOKEN_UPDATES)).update();
        // Axon writes the new token first in the batch's transaction and publishes after; a deferred
        // trigger fails the commit, after Kafka acknowledged the sends. Only a moving position, not
        // the claim's periodic renewal.
        jdbc.sql("""
                CREATE CONSTRAINT TRIGGER refuse_publisher_token AFTER UPDATE ON token_entry
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
                WHEN (NEW.processor_name = 'kafka-publisher' AND OLD.token IS DISTINCT FROM NEW.token)
                EXECUTE FUNCTION refuse_publisher_token()""").update();
        double redeliveredBefore = redelivered();

        assertThat(post(announce())).isEqualTo(201);
        for (int i = 0; i < JOINS; i++) {
            assertThat(post(join("actor-" + i))).isEqualTo(201);
        }

        long stored = 1 + JOINS;
        var expected = LongStream.rangeClosed(1, stored).boxed().toList();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Long> onTopic = TopicSequences.read(bootstrapServers, topic).get(TRACK);
            assertThat(TopicSequences.firstAppearances(onTopic)).as("topic: every event, in order").isEqualTo(expected);
            assertThat(onTopic.size()).as("topic: records, duplicates included").isGreaterThan(expected.size());
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> redelivered() > redeliveredBefore);
        await().atMost(Duration.ofSeconds(30)).until(() -> projectedVersion() == stored);
        assertThat(jdbc.sql("SELECT count(*) FROM track_development WHERE track_id = ?").param(TRACK)
                .query(Long.class).single()).as("projection: one development per stored event").isEqualTo(stored);
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?").param(TRACK)
                .query(Long.class).single()).as("store").isEqualTo(stored);
    }

    private double redelivered() {
        return meters.counter("parley.projection.events", "outcome", "redelivered").count();
    }

    private int post(String body) {
        return TestApiKeys.editor(port).post().uri("/api/v1/tracks/{trackId}/commands", TRACK)
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> response.getStatusCode().value());
    }

    private long projectedVersion() {
        return TestApiKeys.reader(port).get().uri("/api/v1/tracks/{trackId}", TRACK)
                .exchange((request, response) -> response.getStatusCode().value() == 200
                        ? json.readTree(response.getBody()).path("version").asLong() : 0L);
    }

    private static String announce() {
        return """
                {"type": "track-announced", "name": "Sharm el-Sheikh indirect talks", "kind": "indirect-talks",
                 "host": {"id": "egypt", "name": "Egypt", "kind": "state", "country": "EG"},
                 "venue": {"name": "Sharm el-Sheikh", "country": "EG"}, "occurredAt": "2025-10-06",
                 "sources": [{"publisher": "Reuters"}]}""";
    }

    private static String join(String actor) {
        return """
                {"type": "participant-joined", "actor": {"id": "%s", "name": "Actor %s", "kind": "state", "country": "QA"},
                 "role": "observer", "occurredAt": "2025-10-08", "sources": [{"publisher": "Reuters"}]}"""
                .formatted(actor, actor);
    }
}
