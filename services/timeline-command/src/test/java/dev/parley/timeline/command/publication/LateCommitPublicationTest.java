package dev.parley.timeline.command.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.timeline.command.CommandTestApplication;
import dev.parley.timeline.command.recording.CommandDocuments;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import dev.parley.timeline.testkit.TopicSequences;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;

/**
 * The event store hands out global indexes when rows are inserted, not when they commit: a long
 * transaction can commit its event after a later index was already published. The relay must
 * come back for it, where reading on from the highest index seen would lose it for good.
 */
@SpringBootTest(classes = CommandTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class LateCommitPublicationTest {

    private static final String EARLY = "late-commit-early";
    private static final String LATE = "late-commit-late";

    // a copy of the early track's announcement, made the late track's own
    private static final String COPY_ANNOUNCEMENT = """
            INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                payload_type, payload_revision, payload, meta_data)
            SELECT gen_random_uuid()::text, ?, 0, type, time_stamp, payload_type, payload_revision,
                convert_to(jsonb_set(jsonb_set(convert_from(payload, 'UTF8')::jsonb,
                    '{metadata,trackId}', to_jsonb(?::text)),
                    '{metadata,eventId}', to_jsonb(gen_random_uuid()::text))::text, 'UTF8'),
                meta_data
            FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Value("${parley.timeline.topic.name}")
    String topic;

    @Test
    void anEventCommittedAfterALaterOneWasPublishedIsPublishedToo() throws Exception {
        post(EARLY, CommandDocuments.announce("Late commit"));
        awaitOnTopic(EARLY, List.of(1L));

        try (var slowWriter = dataSource.getConnection()) {
            slowWriter.setAutoCommit(false);
            try (var insert = slowWriter.prepareStatement(COPY_ANNOUNCEMENT)) {
                insert.setString(1, LATE);
                insert.setString(2, LATE);
                insert.setString(3, EARLY);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            // recorded with a higher global index than the uncommitted row, and committed first
            post(EARLY, """
                    {"type": "session-convened", "occurredAt": "2025-10-07", "sources": [{"publisher": "Reuters"}]}""");
            awaitOnTopic(EARLY, List.of(1L, 2L));
            assertThat(TopicSequences.read(bootstrapServers, topic)).as("not committed yet").doesNotContainKey(LATE);

            slowWriter.commit();
        }

        awaitOnTopic(LATE, List.of(1L));
    }

    private void awaitOnTopic(String track, List<Long> sequences) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                TopicSequences.read(bootstrapServers, topic).get(track)).as("topic: %s", track).isEqualTo(sequences));
    }

    private void post(String track, String command) {
        var status = TestApiKeys.editor(port).post().uri("/api/v1/tracks/{trackId}/commands", track)
                .contentType(MediaType.APPLICATION_JSON).body(command)
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(status).as("recording on %s", track).isEqualTo(201);
    }
}
