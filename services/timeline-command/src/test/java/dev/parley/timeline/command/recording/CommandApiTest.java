package dev.parley.timeline.command.recording;

import static dev.parley.timeline.command.recording.CommandApiClient.newTrackId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.timeline.command.CommandTestApplication;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import dev.parley.timeline.command.recording.CommandApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** The command API over real HTTP, against a real PostgreSQL event store. */
@SpringBootTest(classes = {CommandTestApplication.class, CommandApiTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class CommandApiTest {

    static final Instant NOW = Instant.parse("2025-10-09T07:45:00Z");

    /** recordedAt must come from the application's Clock, never from the editor or now(). */
    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private CommandApiClient api;

    @BeforeEach
    void connect() {
        api = new CommandApiClient(port, jdbc);
    }

    Reply post(String trackId, String body, String... headerPairs) {
        return api.post(trackId, body, headerPairs);
    }

    long storedEvents(String trackId) {
        return api.storedEvents(trackId);
    }

    String announced() {
        return api.announced();
    }

    @Test
    void announcingATrackAnswersCreatedWithEventIdAndVersion() {
        var trackId = newTrackId();

        var reply = post(trackId, CommandDocuments.announce("Sharm el-Sheikh indirect talks"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.headers().getETag()).isEqualTo("\"1\"");
        assertThat(reply.body().get("trackId").asText()).isEqualTo(trackId);
        assertThat(reply.body().get("version").asLong()).isEqualTo(1);
        assertThat(reply.body().get("type").asText()).isEqualTo("track-announced");
        assertThat(reply.body().get("eventId").asText()).matches("[0-9a-f-]{36}");
        assertThat(storedEvents(trackId)).isEqualTo(1);
    }

    @Test
    void storedPayloadIsReadableJsonWithIsoInstantsAndTheContractRevision() {
        var trackId = announced();

        var row = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') AS payload, payload_revision
                        FROM domain_event_entry WHERE aggregate_identifier = ?""")
                .param(trackId).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();

        assertThat(row.get(0)).contains("\"occurredAt\":\"2025-10-06T00:00:00Z\"", "\"occurredAtPrecision\":\"day\"",
                "\"publishedAt\":\"2025-10-08T00:00:00Z\"", "\"recordedAt\":\"2025-10-09T07:45:00Z\"",
                "\"recordedBy\":\"" + TestApiKeys.EDITOR_NAME + "\"");
        assertThat(row.get(1)).isEqualTo("1");
    }

    @Test
    void announcingAnExistingTrackIsAConflictAndStoresNothing() {
        var trackId = announced();

        var reply = post(trackId, CommandDocuments.announce("Again"));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(reply.body().get("type").asText()).isEqualTo("https://parley.dev/problems/track-already-announced");
        assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo("trackId");
        assertThat(storedEvents(trackId)).isEqualTo(1);
    }

    @Test
    void commandOnATrackNeverAnnouncedIsNotFound() {
        var trackId = newTrackId();

        var reply = post(trackId, CommandDocuments.exchange());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().get("type").asText()).isEqualTo("https://parley.dev/problems/track-not-found");
        assertThat(reply.body().get("detail").asText()).contains(trackId);
        assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo("trackId");
        assertThat(storedEvents(trackId)).isZero();
    }

    @Test
    void joiningTwiceInTheSameRoleStoresOneEventAndNamesIt() {
        var trackId = announced();

        var first = post(trackId, CommandDocuments.join("qatar", "Qatar", "mediator"));
        var second = post(trackId, CommandDocuments.join("qatar", "Qatar", "mediator"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().get("recorded").asBoolean()).isFalse();
        assertThat(second.body().get("eventId")).isEqualTo(first.body().get("eventId"));
        assertThat(second.body().get("version").asLong()).isEqualTo(2);
        assertThat(storedEvents(trackId)).isEqualTo(2);
    }

    @Test
    void staleIfMatchIsAPreconditionFailureNamingTheCurrentVersion() {
        var trackId = announced();
        assertThat(post(trackId, CommandDocuments.join("qatar", "Qatar", "mediator"), "If-Match", "\"1\"").status())
                .isEqualTo(201);

        var stale = post(trackId, CommandDocuments.join("egypt", "Egypt", "mediator"), "If-Match", "\"1\"");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.headers().getETag()).isEqualTo("\"2\"");
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(2);
        assertThat(stale.body().get("errors").get(0).get("field").asText()).isEqualTo("If-Match");
        assertThat(storedEvents(trackId)).isEqualTo(2);
    }

    @Test
    void repeatedIdempotencyKeyReturnsTheFirstAnswerAndStoresNothingNew() {
        var trackId = announced();
        var key = "retry-" + trackId;

        var first = post(trackId, CommandDocuments.exchange(), "Idempotency-Key", key);
        var retry = post(trackId, CommandDocuments.exchange(), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().getETag()).isEqualTo("\"2\"");
        assertThat(storedEvents(trackId)).isEqualTo(2);
    }

    @Test
    void idempotencyKeyReusedForAnotherRequestIsRefused() {
        var trackId = announced();
        var key = "reused-" + trackId;
        post(trackId, CommandDocuments.exchange(), "Idempotency-Key", key);

        var other = post(trackId, CommandDocuments.join("qatar", "Qatar", "mediator"), "Idempotency-Key", key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(storedEvents(trackId)).isEqualTo(2);
    }
}
