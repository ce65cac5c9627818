package dev.parley.timeline.command.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.command.CommandTestApplication;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Hundreds of generated hostile or malformed inputs against both write endpoints: wrong types,
 * huge numbers, deep nesting, control characters, invalid Unicode and UTF-8, SQL and script in
 * structured fields, duplicate keys, bad identifiers and headers. Every one must be answered with
 * a 4xx problem, never a 5xx, and the event store must end exactly as it started.
 */
@SpringBootTest(classes = CommandTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.test.context=hostile")
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALID = """
            {"type": "track-announced", "name": "Hostile input", "kind": "indirect-talks",
             "host": {"id": "egypt", "name": "Egypt", "kind": "state", "country": "EG"},
             "venue": {"name": "Sharm el-Sheikh", "country": "EG"},
             "purpose": "A purpose", "occurredAt": "2025-10-06", "occurredAtPrecision": "day",
             "confidence": "reported", "summary": "A summary",
             "sources": [{"publisher": "Reuters", "url": "https://www.reuters.com/", "attribution": "officials",
                          "publishedAt": "2025-10-08"}]}""";

    /** Fields that hold text of any kind: wrong types, bad text and huge text are refused in each. */
    private static final List<String> TEXT_FIELDS = List.of("/type", "/name", "/kind", "/host/id", "/host/name",
            "/host/kind", "/host/country", "/venue/name", "/venue/country", "/purpose", "/occurredAt",
            "/occurredAtPrecision", "/confidence", "/summary", "/sources/0/publisher", "/sources/0/url",
            "/sources/0/attribution", "/sources/0/publishedAt");
    /** Fields with a fixed form (identifiers, codes, dates, URLs): free text, SQL or script is refused there too. */
    private static final List<String> STRUCTURED_FIELDS = List.of("/type", "/kind", "/host/id", "/host/kind",
            "/host/country", "/venue/country", "/occurredAt", "/occurredAtPrecision", "/confidence", "/sources/0/url",
            "/sources/0/publishedAt");
    private static final List<String> REQUIRED_FIELDS = List.of("/type", "/name", "/kind", "/occurredAt", "/sources",
            "/sources/0/publisher", "/host/id", "/host/name");
    private static final List<String> OBJECT_FIELDS = List.of("/host", "/venue", "/sources", "/sources/0");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A hostile input: a name for the report, and the raw body bytes sent. */
    private record Input(String name, byte[] body) {
        static Input of(String name, String body) {
            return new Input(name, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyHostileCommandIsRefusedWithAProblemAndNothingIsStored() throws Exception {
        long before = storedEvents();
        var inputs = hostileDocuments();
        var failures = new ArrayList<String>();
        int n = 0;
        for (var input : inputs) {
            var answer = post("/api/v1/tracks/hostile-" + n++ + "/commands", "application/json", input.body(), Map.of());
            check(input.name(), answer, failures);
        }
        for (var path : hostileTrackIds()) {
            check("trackId " + path, post("/api/v1/tracks/" + path + "/commands", "application/json",
                    VALID.getBytes(StandardCharsets.UTF_8), Map.of()), failures);
        }
        for (var headers : hostileHeaders()) {
            check("headers " + headers, post("/api/v1/tracks/hostile-headers/commands", "application/json",
                    VALID.getBytes(StandardCharsets.UTF_8), headers), failures);
        }
        int sent = inputs.size() + hostileTrackIds().size() + hostileHeaders().size();
        assertThat(failures).as("%d hostile single commands", sent).isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(200);
        assertThat(storedEvents()).as("the event store after %d hostile commands", sent).isEqualTo(before);
    }

    @Test
    void everyHostileLineOfAnImportIsRefusedWithAProblemAndNothingIsStored() throws Exception {
        long before = storedEvents();
        var inputs = hostileDocuments();
        var body = new ByteArrayOutputStream();
        int n = 0;
        for (var input : inputs) {
            var text = new String(input.body(), StandardCharsets.UTF_8);
            if (text.contains("\n") || !text.startsWith("{")) {
                // a line of an import is one JSON object without line breaks; such inputs are single-command only
                continue;
            }
            body.write(("{\"trackId\": \"hostile-line-" + n++ + "\", ").getBytes(StandardCharsets.UTF_8));
            body.write(input.body(), 1, input.body().length - 1);
            body.write('\n');
        }
        // a line whose bytes are not UTF-8 at all: the decoder must not quietly turn them into U+FFFD
        var invalidUtf8 = VALID.replace("\n", " ").replace("\"Hostile input\"", "\"Hostile \u0001\"")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < invalidUtf8.length; i++) {
            if (invalidUtf8[i] == 1) {
                invalidUtf8[i] = (byte) 0xC3; // a lead byte followed by a quote: malformed
            }
        }
        body.write(("{\"trackId\": \"hostile-line-utf8\", ").getBytes(StandardCharsets.UTF_8));
        body.write(invalidUtf8, 1, invalidUtf8.length - 1);
        body.write('\n');
        int lines = n + 1;

        var answer = post("/api/v1/commands", "application/x-ndjson", body.toByteArray(), Map.of());
        assertThat(answer.status()).isEqualTo(200);
        var results = answer.text().lines().map(HostileInputTest::parse).toList();
        var failures = new ArrayList<String>();
        for (var result : results) {
            if (result.has("summary")) {
                continue;
            }
            int status = result.path("status").asInt();
            if (status < 400 || status >= 500 || !result.path("problem").has("type")) {
                failures.add("line " + result.path("line") + ": " + result);
            }
        }
        assertThat(failures).as("%d hostile import lines", lines).isEmpty();
        assertThat(results.stream().filter(result -> !result.has("summary")).count()).isEqualTo(lines);
        assertThat(lines).isGreaterThanOrEqualTo(200);
        assertThat(storedEvents()).as("the event store after %d hostile lines", lines).isEqualTo(before);
    }

    private List<Input> hostileDocuments() throws IOException {
        var inputs = new ArrayList<Input>();
        var wrongTypes = new LinkedHashMap<String, String>();
        wrongTypes.put("a number", "42");
        wrongTypes.put("a huge number", "1" + "0".repeat(400));
        wrongTypes.put("a float overflowing double", "1e999");
        wrongTypes.put("true", "true");
        wrongTypes.put("an array", "[\"x\"]");
        wrongTypes.put("an object", "{\"x\": 1}");
        wrongTypes.put("an escaped NUL", "\"a\\u0000b\"");
        wrongTypes.put("a bell character", "\"a\\u0007b\"");
        wrongTypes.put("a lone high surrogate", "\"a\\ud800b\"");
        wrongTypes.put("a lone low surrogate", "\"a\\udc00\"");
        wrongTypes.put("a million characters", "\"" + "x".repeat(1_000_000) + "\"");
        wrongTypes.put("deep nesting", "[".repeat(5000) + "]".repeat(5000));
        for (var field : TEXT_FIELDS) {
            wrongTypes.forEach((what, value) -> inputs.add(replaced(field, what, value)));
        }
        var badForms = new LinkedHashMap<String, String>();
        badForms.put("SQL", "\"x'); DROP TABLE domain_event_entry; --\"");
        badForms.put("script", "\"<script>alert(1)</script>\"");
        badForms.put("a path", "\"../../etc/passwd\"");
        badForms.put("an empty string", "\"\"");
        badForms.put("full-width letters", "\"ＥＧ\"");
        badForms.put("a right-to-left override", "\"eg\u202Eyt\"");
        for (var field : STRUCTURED_FIELDS) {
            badForms.forEach((what, value) -> inputs.add(replaced(field, what, value)));
        }
        for (var field : REQUIRED_FIELDS) {
            inputs.add(replaced(field, "null", "null"));
            inputs.add(removed(field));
        }
        for (var field : OBJECT_FIELDS) {
            inputs.add(replaced(field, "a string", "\"x\""));
            inputs.add(replaced(field, "a number", "7"));
        }
        for (var date : List.of("1899-12-31", "2999-01-01", "2025-13-01", "2025-02-30", "2025-10-06T25:00:00Z",
                "2025-10-06T10:00:00", "+002025-10-06", "20251006", "yesterday")) {
            inputs.add(replaced("/occurredAt", date, "\"" + date + "\""));
            inputs.add(replaced("/sources/0/publishedAt", date, "\"" + date + "\""));
        }
        for (var url : List.of("javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x", "http://",
                "https://exa mple.org", "data:text/html,<script>alert(1)</script>", "//example.org/x")) {
            inputs.add(replaced("/sources/0/url", url, JSON.writeValueAsString(url)));
        }
        inputs.add(replaced("/sources", "no sources", "[]"));
        inputs.add(replaced("/sources", "a null source", "[null]"));
        inputs.add(replaced("/sources", "ten thousand sources",
                "[" + String.join(",", Collections.nCopies(10_000, "{\"publisher\": \"R\"}")) + "]"));
        inputs.add(replaced("/summary", "2,001 characters", "\"" + "s".repeat(2001) + "\""));
        inputs.add(replaced("/name", "a name of 10,000 characters", "\"" + "n".repeat(10_000) + "\""));
        inputs.add(Input.of("an unknown field", VALID.replaceFirst("\\{", "{\"recordedBy\": \"someone-else\", ")));
        inputs.add(Input.of("a duplicate key", VALID.replaceFirst("\\{", "{\"name\": \"First\", ")));
        inputs.add(Input.of("a duplicate type", VALID.replaceFirst("\\{", "{\"type\": \"talks-concluded\", ")));
        inputs.add(Input.of("an unknown type", VALID.replace("\"track-announced\"", "\"track-deleted\"")));
        inputs.add(Input.of("trailing garbage", VALID + " {}"));
        inputs.add(Input.of("a truncated document", VALID.substring(0, VALID.length() / 2)));
        inputs.add(Input.of("an array of commands", "[" + VALID + "]"));
        inputs.add(Input.of("a bare string", "\"track-announced\""));
        inputs.add(Input.of("a bare number", "12345678901234567890"));
        inputs.add(Input.of("null", "null"));
        inputs.add(Input.of("an empty object", "{}"));
        inputs.add(Input.of("an empty body", ""));
        inputs.add(Input.of("only white space", "   \n  "));
        inputs.add(Input.of("a comment", "/* hi */ " + VALID));
        inputs.add(Input.of("single quotes", VALID.replace('"', '\'')));
        inputs.add(Input.of("a raw NUL", VALID.replace("Hostile input", "Hostile\u0000input")));
        inputs.add(Input.of("a raw control character", VALID.replace("Hostile input", "Hostile\u0001input")));
        inputs.add(Input.of("deeply nested objects", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)));
        var invalidUtf8 = VALID.getBytes(StandardCharsets.UTF_8);
        var at = VALID.indexOf("Hostile input") + 3;
        var withBadByte = invalidUtf8.clone();
        withBadByte[at] = (byte) 0xFF;
        inputs.add(new Input("a byte that is never UTF-8", withBadByte));
        var overlong = invalidUtf8.clone();
        overlong[at] = (byte) 0xC0;
        overlong[at + 1] = (byte) 0xAF;
        inputs.add(new Input("an overlong UTF-8 encoding", overlong));
        return inputs;
    }

    private static Input replaced(String pointer, String what, String value) {
        try {
            var document = (ObjectNode) JSON.readTree(VALID);
            var parent = document.at(pointer.substring(0, pointer.lastIndexOf('/')));
            var name = pointer.substring(pointer.lastIndexOf('/') + 1);
            // a placeholder keeps the value's raw text, so even JSON a tree cannot hold is sent as written
            var placeholder = "\"@@VALUE@@\"";
            if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(name), JSON.getNodeFactory().textNode("@@VALUE@@"));
            } else {
                ((ObjectNode) parent).put(name, "@@VALUE@@");
            }
            return Input.of(pointer + " as " + what, JSON.writeValueAsString(document).replace(placeholder, value));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Input removed(String pointer) {
        try {
            var document = (ObjectNode) JSON.readTree(VALID);
            var parent = document.at(pointer.substring(0, pointer.lastIndexOf('/')));
            var name = pointer.substring(pointer.lastIndexOf('/') + 1);
            if (parent instanceof ArrayNode array) {
                array.remove(Integer.parseInt(name));
            } else {
                ((ObjectNode) parent).remove(name);
            }
            return Input.of(pointer + " missing", JSON.writeValueAsString(document));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> hostileTrackIds() {
        return List.of("Upper-Case", "a".repeat(65), "-leading-dash", "under_score", "dot.ted", "%20space",
                "x%27%3B%20DROP%20TABLE%20domain_event_entry%3B--", "%3Cscript%3Ealert(1)%3C",
                "caf%C3%A9", "%E2%80%AEreversed");
    }

    private static List<Map<String, String>> hostileHeaders() {
        return List.of(
                Map.of("If-Match", "soon"),
                Map.of("If-Match", "\"-1\""),
                Map.of("If-Match", "\"99999999999999999999999\""),
                Map.of("If-Match", "\"1\", \"2\""),
                Map.of("Idempotency-Key", "k".repeat(201)),
                Map.of("Idempotency-Key", "key with spaces and ünïcödé"));
    }

    private record Answer(int status, String contentType, String text) {
    }

    private Answer post(String path, String contentType, byte[] body, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .header(TestApiKeys.HEADER, TestApiKeys.EDITOR)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private static void check(String name, Answer answer, List<String> failures) {
        if (answer.status() < 400 || answer.status() >= 500) {
            failures.add(name + ": " + answer.status() + " " + abbreviated(answer.text()));
        } else if (!answer.contentType().startsWith("application/problem+json")) {
            failures.add(name + ": " + answer.status() + " without a problem (" + answer.contentType() + ")");
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + line, e);
        }
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }
}
