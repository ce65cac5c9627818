package dev.parley.timeline.command.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.testkit.TestApiKeys;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/** Posts command documents over HTTP and counts what the event store holds. */
final class VocabularyClient {

    private static final AtomicInteger TRACKS = new AtomicInteger();

    private final RestClient http;
    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    VocabularyClient(int port, JdbcClient jdbc) {
        this.http = TestApiKeys.editor(port);
        this.jdbc = jdbc;
    }

    record Reply(int status, String contentType, JsonNode body) {

        Reply requireStatus(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + " but got " + status + ": " + body);
            }
            return this;
        }

        String firstErrorField() {
            return body.path("errors").path(0).path("field").asText();
        }
    }

    Reply post(String trackId, String document) {
        return http.post().uri("/api/v1/tracks/{trackId}/commands", trackId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(document)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()), json.readTree(response.getBody())));
    }

    int getStatus(String path) {
        return http.get().uri(path).exchange((request, response) -> response.getStatusCode().value());
    }

    static String newTrackId() {
        return "vocabulary-" + TRACKS.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    long storedEvents(String trackId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(trackId).query(Long.class).single();
    }
}
