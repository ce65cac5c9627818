package dev.parley.timeline.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.command.CommandTestApplication;
import dev.parley.timeline.contract.track.HostageListExchanged;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import dev.parley.timeline.testkit.TopicSequences;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.client.RestClient;

/**
 * An event stored as version 1 before hostage-list-exchanged became version 2 stays readable: the
 * event store hands it out upcast, the track it belongs to takes new commands on top of it, and
 * it is published as version 2.
 */
@SpringBootTest(classes = CommandTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class StoredVersionOneEventTest {

    private static final String TRACK = "stored-v1-track";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventStore eventStore;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Value("${parley.timeline.topic.name}")
    String topic;

    @Test
    void aStoredVersionOneExchangeIsReadPublishedAndCorrectedAsVersionTwo() throws Exception {
        // the contract's stored v1 sample is event 3 of its track: rename the track, then store it as v1 would be
        var v1 = Files.readString(Path.of("../timeline-contract/src/test/resources/stored/hostage-list-exchanged.v1.json"))
                .replace("sharm-el-sheikh-talks", TRACK);
        var api = TestApiKeys.editor(port);
        post(api, "{\"type\": \"track-announced\", \"name\": \"Stored v1\", \"kind\": \"indirect-talks\", " + SOURCES + "}");
        post(api, "{\"type\": \"session-convened\", " + SOURCES + "}");
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                            payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, 2, 'Track', '2025-10-09T08:15:30Z', ?, '1', ?, convert_to('{}', 'UTF8'))""")
                .params(UUID.randomUUID().toString(), TRACK, HostageListExchanged.class.getName(),
                        v1.getBytes(StandardCharsets.UTF_8))
                .update();

        var events = eventStore.readEvents(TRACK).asStream().toList();
        assertThat(events).hasSize(3);
        var exchange = (HostageListExchanged) events.get(2).getPayload();
        assertThat(exchange.mediators()).extracting("id").containsExactly("egypt", "qatar");

        var correction = post(api, "{\"type\": \"event-corrected\", \"correctedEventId\": \"" + exchange.metadata().eventId()
                + "\", \"reason\": \"Qatar passed no list\", \"replacement\": {\"type\": \"hostage-list-exchanged\", "
                + "\"from\": {\"id\": \"hamas\", \"name\": \"Hamas\", \"kind\": \"armed-group\"}, "
                + "\"mediators\": [{\"id\": \"egypt\", \"name\": \"Egypt\", \"kind\": \"state\"}], "
                + "\"lists\": [{\"kind\": \"hostages\"}], " + SOURCES + "}, " + SOURCES + "}");
        assertThat(correction).contains("\"version\":4");

        // the publisher sends the stored JSON as upcast, under the current version's type
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var published = TopicSequences.records(bootstrapServers, topic).stream()
                    .filter(record -> TRACK.equals(record.key()) && "0000000000000000003".equals(header(record, "ce_sequence")))
                    .findFirst().orElseThrow();
            assertThat(header(published, "ce_type")).isEqualTo("dev.parley.timeline.hostage-list-exchanged.v2");
            assertThat(new ObjectMapper().readTree(published.value()).path("mediators").findValuesAsText("id"))
                    .containsExactly("egypt", "qatar");
        });
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static final String SOURCES = "\"occurredAt\": \"2025-10-08\", \"sources\": [{\"publisher\": \"Reuters\"}]";

    private String post(RestClient api, String body) {
        return api.post().uri("/api/v1/tracks/{trackId}/commands", TRACK).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(String.class);
    }
}
