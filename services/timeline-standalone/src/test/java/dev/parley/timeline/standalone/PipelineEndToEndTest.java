package dev.parley.timeline.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole pipeline through its public edges: commands over HTTP, rows in the event store,
 * CloudEvents read back from Kafka with a plain consumer, and the projected state over HTTP.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.standalone.demo-data=false")
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class PipelineEndToEndTest {

    private static final String TRACK = "e2e-sharm-el-sheikh";
    private static final String SOURCES =
            "\"sources\": [{\"publisher\": \"Reuters\", \"attribution\": \"officials familiar with the matter\"}]";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Value("${parley.timeline.topic.name}")
    String topic;

    private final ObjectMapper json = new ObjectMapper();

    JsonNode post(String body) {
        return TestApiKeys.editor(port).post()
                .uri("/api/v1/tracks/{trackId}/commands", TRACK)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange((request, response) -> {
                    assertThat(response.getStatusCode().value()).isEqualTo(201);
                    return json.readTree(response.getBody());
                });
    }

    @Test
    void commandsBecomeStoredEventsThenCloudEventsThenProjectedState() throws Exception {
        var announced = post("""
                {"type": "track-announced", "name": "Sharm el-Sheikh indirect talks", "kind": "indirect-talks",
                 "host": {"id": "egypt", "name": "Egypt", "kind": "state", "country": "EG"},
                 "venue": {"name": "Sharm el-Sheikh", "country": "EG"},
                 "occurredAt": "2025-10-06", "occurredAtPrecision": "week", %s}""".formatted(SOURCES));
        var joined = post("""
                {"type": "participant-joined", "actor": {"id": "qatar", "name": "Qatar", "kind": "state", "country": "QA"},
                 "role": "mediator", "representatives": [{"name": "Mohammed bin Abdulrahman al-Thani", "title": "Prime Minister"}],
                 "occurredAt": "2025-10-08T09:30:00+03:00", %s}""".formatted(SOURCES));
        var exchanged = post("""
                {"type": "hostage-list-exchanged", "from": {"id": "hamas", "name": "Hamas", "kind": "armed-group", "country": "PS"},
                 "to": {"id": "israel", "name": "Israel", "kind": "state", "country": "IL"},
                 "lists": [{"kind": "hostages"}, {"kind": "prisoners"}], "occurredAt": "2025-10-08", %s}""".formatted(SOURCES));
        var responses = List.of(announced, joined, exchanged);

        // 1. the event store holds three events, versions 1..3 as Axon sequences 0..2, each payload
        //    carrying the event id the API answered (Axon's own event_identifier is internal)
        var stored = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8')::jsonb -> 'metadata' ->> 'eventId' FROM domain_event_entry
                        WHERE aggregate_identifier = ? ORDER BY sequence_number""")
                .param(TRACK).query(String.class).list();
        assertThat(stored).containsExactlyElementsOf(responses.stream().map(r -> r.get("eventId").asText()).toList());

        // 2. the topic carries them as binary-mode CloudEvents, in order, keyed by track
        var records = readTrackFromTopic(3);
        var types = List.of("track-announced.v1", "participant-joined.v1", "hostage-list-exchanged.v2");
        var occurred = List.of("2025-10-06T00:00:00Z", "2025-10-08T06:30:00Z", "2025-10-08T00:00:00Z");
        for (int i = 0; i < 3; i++) {
            var record = records.get(i);
            assertThat(record.key()).isEqualTo(TRACK);
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_id")).isEqualTo(responses.get(i).get("eventId").asText());
            assertThat(header(record, "ce_source")).isEqualTo("/tracks/" + TRACK);
            assertThat(header(record, "ce_type")).isEqualTo("dev.parley.timeline." + types.get(i));
            assertThat(header(record, "ce_subject")).isEqualTo(TRACK);
            assertThat(header(record, "ce_sequence")).isEqualTo("000000000000000000" + (i + 1));
            assertThat(header(record, "ce_time")).isEqualTo(occurred.get(i));
            assertThat(header(record, "ce_recordedtime")).isNotBlank();
            assertThat(header(record, "content-type")).isEqualTo("application/json");
            var data = json.readTree(record.value());
            assertThat(data.get("type").asText()).isEqualTo(types.get(i).replaceAll("\\.v\\d+$", ""));
            assertThat(data.get("metadata").get("eventId").asText()).isEqualTo(stored.get(i));
            assertThat(data.get("metadata").get("sequence").asInt()).isEqualTo(i + 1);
        }

        // the publisher's position lives in PostgreSQL, next to the events it publishes
        assertThat(jdbc.sql("SELECT count(*) FROM token_entry WHERE processor_name = 'kafka-publisher' AND token IS NOT NULL")
                .query(Long.class).single()).isEqualTo(1);

        // 3. the projection shows the track's state
        var track = await().atMost(Duration.ofSeconds(30)).until(this::projectedTrack,
                body -> body != null && body.get("version").asLong() == 3);
        assertThat(track.get("name").asText()).isEqualTo("Sharm el-Sheikh indirect talks");
        assertThat(track.get("status").asText()).isEqualTo("announced");
        assertThat(track.get("host").get("country").asText()).isEqualTo("EG");
        assertThat(track.get("participants").get(0).get("actor").get("id").asText()).isEqualTo("qatar");
        assertThat(track.get("exchanges").get(0).get("lists").findValuesAsText("kind"))
                .containsExactly("hostages", "prisoners");
        assertThat(track.get("lastOccurredAt").asText()).isEqualTo("2025-10-08T06:30:00Z");
    }

    @Test
    void openApiDescribesTheCommandAndQueryEndpoints() {
        var apiDocs = TestApiKeys.editor(port).get().uri("/v3/api-docs")
                .exchange((request, response) -> json.readTree(response.getBody()));

        assertThat(apiDocs.get("info").get("title").asText()).isEqualTo("Parley");
        assertThat(apiDocs.get("paths").fieldNames()).toIterable()
                .contains("/api/v1/tracks/{trackId}/commands", "/api/v1/tracks", "/api/v1/tracks/{trackId}");
    }

    @Test
    void anExistingTopicKeepsItsPartitionsWhateverTheConfiguration() throws Exception {
        // the test kit created the topic with fewer partitions than Parley's default of six; adding
        // partitions would move tracks between partitions and break their order
        try (var admin = org.apache.kafka.clients.admin.Admin.create(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            assertThat(description.partitions()).hasSize(ParleyInfrastructureInitializer.PARTITIONS);
        }
    }

    private JsonNode projectedTrack() {
        return TestApiKeys.editor(port).get().uri("/api/v1/tracks/{trackId}", TRACK)
                .exchange((request, response) -> response.getStatusCode().is2xxSuccessful()
                        ? json.readTree(response.getBody()) : null);
    }

    /** A plain consumer, as any downstream service would use, reading the whole topic. */
    private List<ConsumerRecord<String, byte[]>> readTrackFromTopic(int expected) {
        var config = Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(config)) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (TRACK.equals(record.key())) {
                        records.add(record);
                    }
                });
                return records.size() >= expected;
            });
        }
        return records;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
