package dev.parley.timeline.standalone.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * Records the demo data set on first start, when the event store is still empty, and finishes it
 * on a later start should the first have been cut short (the store then holds demo events only,
 * fewer than the file has). Each line goes through the public command API, exactly as an editor's
 * would, with an Idempotency-Key of its own, so a line recorded before is answered from its key and
 * never recorded twice. Once anything else has been recorded, the demo is left alone. The demo is a
 * convenience: a refused line is reported and ends the loading, never the application.
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
        var lines = developments();
        long stored = jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
        long fromDemo = jdbc.sql("SELECT count(*) FROM idempotency_record WHERE idempotency_key LIKE ?")
                .param(keyPrefix() + "%").query(Long.class).single();
        boolean cutShort = stored == fromDemo && fromDemo < lines.size();
        if (stored > 0 && !cutShort) {
            return;
        }
        var port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
        var api = RestClient.create("http://localhost:" + port);
        try {
            for (int number = 1; number <= lines.size(); number++) {
                post(api, lines.get(number - 1), number);
            }
            log.info("Demo data set recorded: {} developments", lines.size());
        } catch (IllegalStateException e) {
            log.warn("Demo data set not recorded completely: {}", e.getMessage());
        }
    }

    /** The demo's command documents, one per non-blank line; the file is small. */
    private List<String> developments() {
        try {
            return demo.getContentAsString(StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("demo data cannot be read", e);
        }
    }

    /** Every demo line's Idempotency-Key starts so; the file name keeps them apart from editors' keys. */
    private String keyPrefix() {
        return "demo-" + demo.getFilename() + "-";
    }

    private String idempotencyKey(int number) {
        return keyPrefix() + number;
    }

    private void post(RestClient api, String line, int number) {
        ObjectNode document;
        try {
            document = (ObjectNode) json.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("demo development " + number + " is not JSON", e);
        }
        var trackId = document.remove("trackId").asText();
        api.post().uri("/api/v1/tracks/{trackId}/commands", trackId)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", idempotencyKey(number))
                .body(document.toString())
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw new IllegalStateException("demo development " + number + " was refused: "
                            + new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
                })
                .toBodilessEntity();
    }
}
