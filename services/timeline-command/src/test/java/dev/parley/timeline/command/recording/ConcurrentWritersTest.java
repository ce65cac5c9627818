package dev.parley.timeline.command.recording;

import static dev.parley.timeline.command.recording.CommandApiClient.newTrackId;
import static dev.parley.timeline.command.recording.CommandApiClient.concurrently;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.timeline.command.CommandTestApplication;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import dev.parley.timeline.command.recording.CommandApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** Several writers on one track at once, on the real clock: no lost event, no error, no time travel. */
@SpringBootTest(classes = CommandTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class ConcurrentWritersTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private CommandApiClient api;

    @BeforeEach
    void connect() {
        api = new CommandApiClient(port, jdbc);
    }


    @Test
    void aWriterWaitsForTheTracksLockHeldByAnotherTransaction() throws Exception {
        var trackId = api.announced();
        var pool = Executors.newSingleThreadExecutor();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, trackId);
                lock.execute();
            }

            var pending = pool.submit(() -> api.post(trackId, CommandDocuments.join("qatar", "Qatar", "mediator")));

            // the request queues on the lock (PostgreSQL shows it waiting) and cannot finish
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").query(Long.class).single() > 0);
            assertThat(pending).isNotDone();
            assertThat(api.storedEvents(trackId)).isEqualTo(1);

            connection.commit();
            assertThat(pending.get(30, TimeUnit.SECONDS).status()).isEqualTo(201);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentAnnouncementsOfOneTrackGiveOneCreatedAndConflictsNeverAnError() throws Exception {
        var trackId = newTrackId();

        var statuses = concurrently(Collections.nCopies(8, () -> api.post(trackId, CommandDocuments.announce("Race"))))
                .stream().map(Reply::status).toList();

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(api.storedEvents(trackId)).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyAllGetTheFirstAnswer() throws Exception {
        var trackId = newTrackId();

        var replies = concurrently(Collections.nCopies(8, () -> api.post(trackId, CommandDocuments.announce("Retried"),
                "Idempotency-Key", "announce-" + trackId)));

        assertThat(replies).extracting(Reply::status).containsOnly(201);
        assertThat(replies).extracting(Reply::body).containsOnly(replies.get(0).body());
        assertThat(api.storedEvents(trackId)).isEqualTo(1);
    }

    @Test
    void concurrentWritersToOneTrackLoseNoEventAndRecordInTimeOrder() throws Exception {
        var trackId = api.announced();
        int writers = 12;
        List<Callable<Reply>> joins = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            var actor = "actor-" + i;
            joins.add(() -> api.post(trackId, CommandDocuments.join(actor, "Actor " + actor, "observer")));
        }

        var replies = concurrently(joins);

        assertThat(replies).extracting(Reply::status).containsOnly(201);
        assertThat(api.storedEvents(trackId)).isEqualTo(1 + writers);
        var recorded = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8')::jsonb -> 'metadata' ->> 'recordedAt'
                        FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""")
                .param(trackId).query(String.class).list().stream().map(Instant::parse).toList();
        assertThat(recorded).as("recordedAt in sequence order").hasSize(1 + writers).isSorted();
    }
}
