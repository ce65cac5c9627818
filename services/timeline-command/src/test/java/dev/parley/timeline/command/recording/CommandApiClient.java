package dev.parley.timeline.command.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.testkit.TestApiKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/** The command API as an editor's HTTP client sees it, plus a look into the event store. */
final class CommandApiClient {

    private static final AtomicInteger TRACKS = new AtomicInteger();

    private final RestClient http;
    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    CommandApiClient(int port, JdbcClient jdbc) {
        this.http = TestApiKeys.editor(port);
        this.jdbc = jdbc;
    }

    /** A status, headers and parsed body, whatever the status. */
    record Reply(int status, HttpHeaders headers, JsonNode body) {
    }

    Reply post(String trackId, String body, String... headerPairs) {
        return http.post()
                .uri("/api/v1/tracks/{trackId}/commands", trackId)
                .contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    for (int i = 0; i < headerPairs.length; i += 2) {
                        headers.add(headerPairs[i], headerPairs[i + 1]);
                    }
                })
                .body(body)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.getHeaders(),
                        json.readTree(response.getBody())));
    }

    /** Sends the requests at once, from several threads, and returns the replies in request order. */
    static List<Reply> concurrently(List<Callable<Reply>> requests) throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Reply> replies = new ArrayList<>();
            for (var result : pool.invokeAll(requests)) {
                replies.add(result.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A track id no other test has used. */
    static String newTrackId() {
        return "track-" + TRACKS.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    long storedEvents(String trackId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(trackId).query(Long.class).single();
    }

    /** A newly announced track's id. */
    String announced() {
        var trackId = newTrackId();
        assertThat(post(trackId, CommandDocuments.announce("Sharm el-Sheikh indirect talks")).status()).isEqualTo(201);
        return trackId;
    }
}
