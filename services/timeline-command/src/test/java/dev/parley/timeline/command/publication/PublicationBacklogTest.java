package dev.parley.timeline.command.publication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.timeline.command.CommandTestApplication;
import dev.parley.timeline.command.recording.CommandDocuments;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The publication gauges an operator alerts on, read against the real event store: how many
 * events lie after the publisher's position and how long the oldest has waited, and NaN on an
 * instance that does not publish.
 */
@SpringBootTest(classes = CommandTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class PublicationBacklogTest {

    private static final String TRACK = "publication-backlog";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anInstanceThatDoesNotPublishReportsNaN() {
        var backlog = new PublicationBacklog(OptionalLong::empty, jdbc, Clock.systemUTC());

        assertThat(backlog.unpublished()).isNaN();
        assertThat(backlog.oldestUnpublishedSeconds()).isNaN();
    }

    @Test
    void eventsAfterThePositionAreCountedAndTheOldestAged() {
        record(CommandDocuments.announce("Publication backlog"));
        record("""
                {"type": "session-convened", "occurredAt": "2025-10-07", "sources": [{"publisher": "Reuters"}]}""");
        var stored = jdbc.sql("SELECT global_index, time_stamp FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " ORDER BY global_index")
                .param(TRACK).query((row, number) -> new Stored(row.getLong(1), Instant.parse(row.getString(2)))).list();
        assertThat(stored).hasSize(2);
        var first = stored.get(0);
        var ninetySecondsLater = Clock.fixed(first.at().plusSeconds(90), ZoneOffset.UTC);

        var beforeBoth = new PublicationBacklog(() -> OptionalLong.of(first.index() - 1), jdbc, ninetySecondsLater);
        var pastBoth = new PublicationBacklog(() -> OptionalLong.of(last(stored)), jdbc, ninetySecondsLater);

        assertThat(beforeBoth.unpublished()).as("events after the position").isEqualTo(2);
        assertThat(beforeBoth.oldestUnpublishedSeconds()).as("seconds the oldest waited").isEqualTo(90);
        assertThat(pastBoth.unpublished()).isZero();
        assertThat(pastBoth.oldestUnpublishedSeconds()).isZero();
    }

    private static long last(List<Stored> stored) {
        return stored.get(stored.size() - 1).index();
    }

    private void record(String command) {
        var status = TestApiKeys.editor(port).post().uri("/api/v1/tracks/{trackId}/commands", TRACK)
                .contentType(MediaType.APPLICATION_JSON).body(command)
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(status).isEqualTo(201);
    }

    private record Stored(long index, Instant at) {
    }
}
