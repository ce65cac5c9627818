package dev.parley.timeline.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/** The demo data set is finished, not repeated, when a first start was cut short. */
class DemoDataTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aDemoCutShortIsFinishedOnTheNextStartWithoutDuplicates(@TempDir Path dataDir) throws Exception {
        var args = ExternalServerArguments.onTestServers(dataDir);
        var demoLines = new ClassPathResource("demo/seed-tracks.ndjson").getContentAsString(StandardCharsets.UTF_8)
                .lines().filter(line -> !line.isBlank()).toList();
        var firstLine = (ObjectNode) json.readTree(demoLines.get(0));
        var trackId = firstLine.remove("trackId").asText();
        var trackLines = demoLines.stream().filter(line -> line.contains("\"trackId\": \"" + trackId + "\"")).count();

        // a first start that got as far as the demo's first development
        try (var cutShort = StandaloneApplication.start(with(args, "--parley.standalone.demo-data=false"))) {
            var status = api(cutShort).post().uri("/api/v1/tracks/{trackId}/commands", trackId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", "demo-seed-tracks#1")
                    .body(firstLine.toString())
                    .retrieve().toBodilessEntity().getStatusCode().value();
            assertThat(status).isEqualTo(201);
        }

        try (var next = StandaloneApplication.start(args)) {
            var jdbc = next.context().getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT count(*) FROM domain_event_entry")
                    .query(Long.class).single() >= demoLines.size());
            var sequences = jdbc.sql("SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ? "
                    + "ORDER BY sequence_number").param(trackId).query(Long.class).list();
            assertThat(sequences).as("the first line was recorded once, the rest of its track after it")
                    .isEqualTo(LongStream.range(0, trackLines).boxed().toList());
            assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single())
                    .as("every demo line recorded exactly once").isEqualTo(demoLines.size());
        }
    }

    private static String[] with(String[] args, String extra) {
        var all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = extra;
        return all;
    }

    /** The standalone's documented development editor key, as an editor following the README would use it. */
    private static RestClient api(StandaloneApplication.Running running) {
        return RestClient.builder().baseUrl("http://localhost:"
                + ((WebServerApplicationContext) running.context()).getWebServer().getPort())
                .defaultHeader("X-API-Key", "parley-dev-editor-key").build();
    }
}
