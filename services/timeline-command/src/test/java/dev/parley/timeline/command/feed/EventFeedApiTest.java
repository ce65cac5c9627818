package dev.parley.timeline.command.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.command.CommandTestApplication;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;

/**
 * The catch-up feed and the live stream through HTTP: global order with stable positions, paging
 * with {@code next}, filters, and a stream that resumes after {@code Last-Event-ID} with nothing
 * lost or repeated.
 */
@SpringBootTest(classes = CommandTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class EventFeedApiTest {

    private static final String SOURCES = "\"occurredAt\": \"2025-10-08\", \"sources\": [{\"publisher\": \"Reuters\"}]";

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    private String record(String track, String document) {
        return TestApiKeys.editor(port).post().uri("/api/v1/tracks/{id}/commands", track)
                .contentType(MediaType.APPLICATION_JSON).body(document).retrieve().body(String.class);
    }

    private void announce(String track) {
        record(track, "{\"type\": \"track-announced\", \"name\": \"Feed " + track + "\", \"kind\": \"summit\", " + SOURCES + "}");
    }

    private void mood(String track, String mood) {
        record(track, "{\"type\": \"assessment-reported\", \"mood\": \"" + mood + "\", " + SOURCES + "}");
    }

    private JsonNode feed(String query) {
        return TestApiKeys.editor(port).get().uri("/api/v1/events?" + query)
                .exchange((request, response) -> json.readTree(response.getBody()));
    }

    @Test
    void theFeedListsEventsInGlobalOrderAndPagesWithNext() {
        announce("feed-a");
        announce("feed-b");
        mood("feed-a", "cautious");

        var all = feed("after=0&limit=1000&track=feed-a").get("events");
        assertThat(all).extracting(e -> e.get("type").asText()).containsExactly("track-announced", "assessment-reported");
        assertThat(all.get(0).get("position").asLong()).isLessThan(all.get(1).get("position").asLong());
        assertThat(all.get(1).get("ceType").asText()).isEqualTo("dev.parley.timeline.assessment-reported.v1");
        assertThat(all.get(1).get("event").get("mood").asText()).isEqualTo("cautious");

        var first = feed("after=0&limit=1");
        assertThat(first.get("events")).hasSize(1);
        var second = feed("after=" + first.get("next").asLong() + "&limit=1");
        assertThat(second.get("events").get(0).get("position").asLong()).isGreaterThan(first.get("next").asLong());
        assertThat(feed("after=0&limit=1000&track=feed-b&until=2000-01-01").get("events")).as("recorded later").isEmpty();
    }

    @Test
    void badFeedParametersAreProblemsNamingThem() {
        for (var bad : List.of("after=-1", "limit=0", "limit=5000", "track=Not%20A%20Slug", "until=soon")) {
            var reply = feed(bad);
            assertThat(reply.get("status").asInt()).as(bad).isEqualTo(400);
            assertThat(reply.get("errors").get(0).get("field").asText()).as(bad).isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
    }

    @Test
    void theStreamDeliversLiveEventsAndResumesAfterLastEventIdWithoutLossOrRepeats() throws Exception {
        var track = "stream-track";
        announce(track);
        var firstConnection = new StreamReader(null, "track=" + track);
        mood(track, "cautious");
        await().atMost(Duration.ofSeconds(10)).until(() -> firstConnection.ids().size() == 2);
        firstConnection.close();
        var lastSeen = firstConnection.ids().get(1);

        mood(track, "optimistic");
        mood(track, "deadlocked");
        var resumed = new StreamReader(lastSeen, "track=" + track);
        await().atMost(Duration.ofSeconds(10)).until(() -> resumed.ids().size() == 2);
        Thread.sleep(2 * EventStream.POLL_MILLIS);
        resumed.close();

        assertThat(resumed.ids()).as("exactly the two events after %s", lastSeen).hasSize(2)
                .allSatisfy(id -> assertThat(Long.parseLong(id)).isGreaterThan(Long.parseLong(lastSeen)));
        assertThat(resumed.data()).extracting(d -> d.get("event").get("mood").asText()).containsExactly("optimistic", "deadlocked");
    }

    @Test
    void theStreamFromLatestSendsOnlyWhatIsRecordedAfterItOpens() throws Exception {
        var track = "latest-track";
        announce(track);
        mood(track, "cautious");
        try (var fromLatest = new StreamReader(null, "from=latest&track=" + track)) {
            fromLatest.awaitConnected(); // the start position is fixed before the headers are sent
            mood(track, "optimistic");
            await().atMost(Duration.ofSeconds(10)).until(() -> !fromLatest.data().isEmpty());
            Thread.sleep(2 * EventStream.POLL_MILLIS);
            assertThat(fromLatest.data()).as("only the mood recorded after the stream opened")
                    .extracting(d -> d.get("event").get("mood").asText()).containsExactly("optimistic");
        }
    }

    @Test
    void badStreamParametersAreProblemsNamingThem() {
        for (var bad : List.of("from=now", "from=latest&after=3", "after=-1", "track=Not%20A%20Slug")) {
            var reply = TestApiKeys.editor(port).get().uri("/api/v1/events/stream?" + bad)
                    .exchange((request, response) -> json.readTree(response.getBody()));
            assertThat(reply.get("status").asInt()).as(bad).isEqualTo(400);
            assertThat(reply.get("errors").get(0).get("field").asText()).as(bad).isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
    }

    /** Reads one SSE connection in the background, collecting the ids and data it receives. */
    private final class StreamReader implements AutoCloseable {
        private final List<String> ids = new CopyOnWriteArrayList<>();
        private final List<JsonNode> data = new CopyOnWriteArrayList<>();
        private final CompletableFuture<HttpResponse<Stream<String>>> response;

        StreamReader(String lastEventId, String query) {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events/stream?" + query))
                    .header("Accept", "text/event-stream")
                    .header(TestApiKeys.HEADER, TestApiKeys.READER);
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
            // async: once the headers are in, the future is complete, and a plain thenAccept would then
            // read the endless stream on the caller's thread
            response.thenAcceptAsync(lines -> lines.body().forEach(line -> {
                if (line.startsWith("id:")) {
                    ids.add(line.substring(3).strip());
                } else if (line.startsWith("data:")) {
                    try {
                        data.add(json.readTree(line.substring(5)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }));
        }

        /** Waits for the response headers, which the stream sends as soon as it has opened. */
        void awaitConnected() throws Exception {
            response.get(10, TimeUnit.SECONDS);
        }

        List<String> ids() {
            return List.copyOf(ids);
        }

        List<JsonNode> data() {
            return List.copyOf(data);
        }

        @Override
        public void close() {
            response.cancel(true);
            response.thenAccept(lines -> lines.body().close());
        }
    }
}
