package dev.parley.timeline.command.recording;

import static dev.parley.timeline.command.recording.CommandApiClient.concurrently;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.timeline.command.CommandTestApplication;
import dev.parley.timeline.command.recording.CommandApiClient.Reply;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import dev.parley.timeline.testkit.TopicSequences;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Two command-service instances on one database and topic, as behind a load balancer, writing to
 * the same track at once: no event is lost or doubled, the track's sequence has no hole, and an
 * {@code If-Match} race is answered 201 once and 412 otherwise. Both publish; the topic carries
 * every event once in order.
 */
@SpringBootTest(classes = CommandTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoCommandInstancesTest {

    private static final List<String> SHARED = List.of("spring.datasource.url", "spring.datasource.username",
            "spring.datasource.password", "spring.kafka.bootstrap-servers", "parley.timeline.topic.name");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    private ConfigurableApplicationContext secondInstance;
    private List<CommandApiClient> instances;

    @BeforeAll
    void startSecondInstance() {
        List<String> properties = new ArrayList<>(List.of("server.port=0", "axon.axonserver.enabled=false"));
        SHARED.forEach(name -> properties.add(name + "=" + environment.getRequiredProperty(name)));
        properties.addAll(TestApiKeys.properties());
        secondInstance = new SpringApplicationBuilder(CommandTestApplication.class).properties(properties.toArray(String[]::new))
                .run();
        int secondPort = ((ServletWebServerApplicationContext) secondInstance).getWebServer().getPort();
        instances = List.of(new CommandApiClient(port, jdbc), new CommandApiClient(secondPort, jdbc));
    }

    @AfterAll
    void stopSecondInstance() {
        secondInstance.close();
    }

    @Test
    void writersOnBothInstancesLoseNoEventAndLeaveNoHole() throws Exception {
        var trackId = instances.get(0).announced();
        int writers = 16;
        List<Callable<Reply>> joins = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            var instance = instances.get(i % 2);
            var actor = "actor-" + i;
            joins.add(() -> instance.post(trackId, CommandDocuments.join(actor, "Actor " + actor, "observer")));
        }

        var replies = concurrently(joins);

        assertThat(replies).extracting(Reply::status).containsOnly(201);
        assertThat(instances.get(0).storedEvents(trackId)).as("store: announce + every join").isEqualTo(1 + writers);
        assertThat(jdbc.sql("SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY 1")
                .param(trackId).query(Long.class).list()).as("no hole").containsExactlyElementsOf(range(0, writers));
        var recorded = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8')::jsonb -> 'metadata' ->> 'recordedAt'
                        FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""")
                .param(trackId).query(String.class).list().stream().map(Instant::parse).toList();
        assertThat(recorded).as("recordedAt in sequence order across instances").isSorted();
        // both instances run a publisher; the token's claim lets one at a time publish
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TopicSequences.firstAppearances(
                TopicSequences.read(environment.getRequiredProperty("spring.kafka.bootstrap-servers"),
                        environment.getRequiredProperty("parley.timeline.topic.name")).get(trackId)))
                .as("topic: every event of the track, in order").containsExactlyElementsOf(range(1, 1 + writers)));
    }

    @Test
    void anIfMatchRaceAcrossInstancesIsWonOnceAndRefusedWith412Otherwise() throws Exception {
        var trackId = instances.get(0).announced();
        List<Callable<Reply>> racers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            var instance = instances.get(i % 2);
            var actor = "racer-" + i;
            racers.add(() -> instance.post(trackId, CommandDocuments.join(actor, "Racer " + actor, "observer"),
                    "If-Match", "\"1\""));
        }

        var statuses = concurrently(racers).stream().map(Reply::status).toList();

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 412).hasSize(5);
        assertThat(instances.get(0).storedEvents(trackId)).as("store: announce + the winner").isEqualTo(2);
    }

    private static List<Long> range(long from, long to) {
        List<Long> values = new ArrayList<>();
        for (long value = from; value <= to; value++) {
            values.add(value);
        }
        return values;
    }

}
