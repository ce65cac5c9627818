package dev.parley.timeline.standalone.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.security.ApiKeys;
import dev.parley.timeline.security.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records the demo data set on first start, when the event store is still empty, and finishes it
 * on a later start should the first have been cut short (the store then holds demo events only,
 * fewer than the file has). The file goes through the public batch API, exactly as an editor's
 * import would, under one Idempotency-Key, so a line recorded before is answered from its key and
 * never recorded twice. Once anything else has been recorded, the demo is left alone. The demo is a
 * convenience: refused lines are counted in a warning, never stop the application. It records as
 * {@value #RECORDED_BY}, with an editor key issued for the import only, so it works whatever keys or
 * issuer the configuration names.
 */
@Component
@ConditionalOnProperty(name = "parley.standalone.demo-data", havingValue = "true", matchIfMissing = true)
class DemoDataLoader {

    /** The batch key of the demo import; line n is recorded under {@code demo-seed-tracks#n}. */
    static final String IMPORT_KEY = "demo-seed-tracks";
    /** The principal the demo's events name as {@code recordedBy}. */
    static final String RECORDED_BY = "parley-demo-data";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JdbcClient jdbc;
    private final Resource demo;
    private final ApiKeys keys;
    private final ObjectMapper json = new ObjectMapper();

    DemoDataLoader(JdbcClient jdbc, @Value("classpath:demo/seed-tracks.ndjson") Resource demo, ApiKeys keys) {
        this.jdbc = jdbc;
        this.demo = demo;
        this.keys = keys;
    }

    /**
     * Imports the demo through the public batch API on an empty store, or finishes an import a
     * previous start cut short: lines already recorded answer from their idempotency keys.
     */
    @EventListener
    void onReady(ApplicationReadyEvent event) {
        long stored = jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
        long fromDemo = jdbc.sql("SELECT count(*) FROM idempotency_record WHERE idempotency_key LIKE ?")
                .param(IMPORT_KEY + "#%").query(Long.class).single();
        // every stored event came from the demo (a line that repeated a known fact has a key but
        // no event), and not every line has been answered yet
        boolean cutShort = stored <= fromDemo && fromDemo < lines();
        if (stored > 0 && !cutShort) {
            return;
        }
        var port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
        try {
            var summary = importDemo(URI.create("http://localhost:" + port + "/api/v1/commands"));
            if (summary.path("failed").asLong() > 0) {
                log.warn("Demo data set recorded with {} refused lines: {}", summary.path("failed"), summary);
            } else {
                log.info("Demo data set recorded: {} developments", summary.path("recorded"));
            }
        } catch (IOException e) {
            log.warn("Demo data set not recorded completely: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long lines() {
        try (var reader = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException("demo data cannot be read", e);
        }
    }

    private JsonNode importDemo(URI endpoint) throws IOException, InterruptedException {
        var key = keys.issue(RECORDED_BY, Role.EDITOR);
        try {
            return importDemo(endpoint, key);
        } finally {
            keys.revoke(key);
        }
    }

    private JsonNode importDemo(URI endpoint, String key) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-ndjson")
                .header("Idempotency-Key", IMPORT_KEY)
                .header(ApiKeys.HEADER, key)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> {
                    try {
                        return demo.getInputStream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }))
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IOException("the import was refused with status " + response.statusCode());
        }
        var last = response.body().reduce((first, second) -> second).orElseThrow(() -> new IOException("no answer"));
        return json.readTree(last).path("summary");
    }
}
