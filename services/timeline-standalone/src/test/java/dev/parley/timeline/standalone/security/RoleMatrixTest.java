package dev.parley.timeline.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.timeline.standalone.StandaloneApplication;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the running application maps, called by every kind of caller: nobody, a wrong
 * key, a reader, an editor and an admin. Each must be let through exactly when its role allows,
 * and refused with a 401 or 403 problem otherwise; a wrong key is refused even on the open probes. The endpoints come from Spring MVC's own
 * mappings, so a new endpoint fails this test until it is given a role in {@link #EXPECTED}.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the strict setting: with anonymous reads on, nobody's reads would be let through
        properties = {"parley.standalone.demo-data=false", "parley.test.context=roles", "parley.security.anonymous-reads=false"})
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class RoleMatrixTest {

    /** Who may call what; null means anyone (the probes orchestrators call without credentials). */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        for (var read : List.of("/api/v1/tracks", "/api/v1/tracks/{trackId}", "/api/v1/timeline", "/api/v1/issues",
                "/api/v1/actors/{actorId}", "/api/v1/events", "/api/v1/events/stream", "/api/v1/command-schemas",
                "/api/v1/command-schemas/{type}", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/{group}",
                "/", "/index.html", "/dashboard/app.js", "/webjars/d3/dist/d3.min.js")) {
            EXPECTED.put("GET " + read, "reader");
        }
        EXPECTED.put("POST /api/v1/tracks/{trackId}/commands", "editor");
        EXPECTED.put("POST /api/v1/commands", "editor");
        EXPECTED.put("POST /api/v1/admin/projection-rebuilds", "admin");
        EXPECTED.put("GET /api/v1/admin/projection-rebuilds/current", "admin");
        EXPECTED.put("GET /actuator/metrics", "admin");
        EXPECTED.put("GET /actuator/metrics/parley.projection.dead.letters", "admin");
        for (var probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
                "/actuator/info")) {
            EXPECTED.put("GET " + probe, null);
        }
    }

    /** The callers, weakest first, each with the roles it holds (an admin holds all three). */
    private record Caller(String name, String key, List<String> roles) {
    }

    private static final List<Caller> CALLERS = List.of(
            new Caller("nobody", null, List.of()),
            new Caller("a wrong key", "not-a-key-of-this-parley", List.of()),
            new Caller("reader", TestApiKeys.READER, List.of("reader")),
            new Caller("editor", TestApiKeys.EDITOR, List.of("reader", "editor")),
            new Caller("admin", TestApiKeys.ADMIN, List.of("reader", "editor", "admin")));

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyEndpointAnswersEachRoleAsTheMatrixSays() throws Exception {
        var mapped = mappedEndpoints();
        assertThat(EXPECTED.keySet()).as("every endpoint the application maps has a role here")
                .containsAll(mapped);

        var failures = new ArrayList<String>();
        int calls = 0;
        for (var endpoint : EXPECTED.entrySet()) {
            for (var caller : CALLERS) {
                calls++;
                var verdict = check(endpoint.getKey(), endpoint.getValue(), caller);
                if (verdict != null) {
                    failures.add(endpoint.getKey() + " as " + caller.name() + ": " + verdict);
                }
            }
        }
        assertThat(failures).as("%d endpoints (%d of them mapped by controllers) x %d callers = %d calls",
                EXPECTED.size(), mapped.size(), CALLERS.size(), calls).isEmpty();
    }

    /** "METHOD /pattern" for every controller mapping but Spring Boot's own error page. */
    private TreeSet<String> mappedEndpoints() {
        var endpoints = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getName().startsWith("org.springframework.boot")) {
                return;
            }
            for (var pattern : info.getPathPatternsCondition().getPatternValues()) {
                for (var method : info.getMethodsCondition().getMethods()) {
                    endpoints.add(method.name() + " " + pattern);
                }
            }
        });
        return endpoints;
    }

    /** Null when the answer is what the role allows; otherwise what was wrong with it. */
    private String check(String endpoint, String role, Caller caller) throws IOException, InterruptedException {
        var method = endpoint.substring(0, endpoint.indexOf(' '));
        var path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "matrix-sample");
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "*/*");
        if ("GET".equals(method)) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        if (caller.key() != null) {
            request.header(TestApiKeys.HEADER, caller.key());
        }
        // the body is read only for refusals: the event stream never ends
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            boolean wrongKey = caller.key() != null && caller.roles().isEmpty();
            // a key that is presented is checked everywhere, even where none is needed: a typo shows at once
            boolean allowed = !wrongKey && (role == null || caller.roles().contains(role));
            int expectedRefusal = caller.roles().isEmpty() ? 401 : 403;
            if (allowed) {
                return status == 401 || status == 403 || status >= 500 ? "expected to be let through, got " + status : null;
            }
            if (status != expectedRefusal) {
                return "expected " + expectedRefusal + ", got " + status;
            }
            var contentType = response.headers().firstValue("Content-Type").orElse("");
            var text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            if (!contentType.startsWith("application/problem+json") || !text.contains("\"status\":" + status)) {
                return "expected a problem+json body, got " + contentType + ": " + text;
            }
            return null;
        }
    }
}
