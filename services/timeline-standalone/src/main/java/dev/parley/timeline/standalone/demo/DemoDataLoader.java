package dev.parley.timeline.standalone.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Records the demo data set on first start, when the event store is still empty. Each line goes
 * through the public command API, exactly as an editor's would, with an Idempotency-Key so a
 * retried line is never recorded twice.
 */
@Component
@ConditionalOnProperty(name = "parley.standalone.demo-data", havingValue = "true", matchIfMissing = true)
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JdbcClient jdbc;
    private final Resource demo;
    private final ObjectMapper json = new ObjectMapper();

    DemoDataLoader(JdbcClient jdbc, @Value("classpath:demo/sharm-el-sheikh.ndjson") Resource demo) {
        this.jdbc = jdbc;
        this.demo = demo;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        var stored = jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
        if (stored > 0) {
            return;
        }
        var port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
        var api = RestClient.create("http://localhost:" + port);
        int recorded = 0;
        try (var lines = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                post(api, (ObjectNode) json.readTree(line), number);
                recorded++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("demo data cannot be read", e);
        }
        log.info("Recorded {} demo developments", recorded);
    }

    private void post(RestClient api, ObjectNode document, int lineNumber) {
        var trackId = document.remove("trackId").asText();
        api.post().uri("/api/v1/tracks/{trackId}/commands", trackId)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "demo-" + demo.getFilename() + "-" + lineNumber)
                .body(document.toString())
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw new IllegalStateException("demo line " + lineNumber + " was refused: "
                            + new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
                })
                .toBodilessEntity();
    }
}
