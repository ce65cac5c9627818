package dev.parley.timeline.command.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.command.CommandTestApplication;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Every kind of bad input gets a 4xx problem naming the field, and the event store is unchanged
 * (counted in the database before and after).
 */
@SpringBootTest(classes = CommandTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadCommandInputTest {

    private static final String TRACK = "bad-input-track";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    record Reply(int status, MediaType contentType, JsonNode body) {
    }

    Reply post(String trackId, String body, MediaType contentType) {
        return TestApiKeys.editor(port).post()
                .uri("/api/v1/tracks/{trackId}/commands", trackId)
                .contentType(contentType)
                .body(body)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(),
                        response.getHeaders().getContentType(), json.readTree(response.getBody())));
    }

    @BeforeAll
    void announceTheTrack() {
        assertThat(post(TRACK, CommandDocuments.announce("Bad input"), MediaType.APPLICATION_JSON).status()).isEqualTo(201);
    }

    long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    /** Replaces the first occurrence of {@code from} in a valid document, so one thing at a time is wrong. */
    static String broken(String valid, String from, String to) {
        assertThat(valid).contains(from);
        return valid.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    static Stream<Arguments> badDocuments() {
        var exchange = CommandDocuments.exchange();
        var join = CommandDocuments.join("qatar", "Qatar", "mediator");
        var announce = CommandDocuments.announce("Another");
        List<Arguments> cases = new ArrayList<>(List.of(
                Arguments.of("malformed JSON", "{\"type\": \"participant-joined\",", "body"),
                Arguments.of("empty body", " ", "body"),
                Arguments.of("JSON array instead of object", "[1, 2]", "body"),
                Arguments.of("trailing garbage", exchange + " {}", "body"),
                Arguments.of("missing type", broken(join, "\"type\": \"participant-joined\",", ""), "type"),
                Arguments.of("unknown type", broken(join, "participant-joined", "summit-cancelled-by-aliens"), "type"),
                Arguments.of("unknown field", broken(join, "\"role\"", "\"colour\": \"red\", \"role\""), "colour"),
                Arguments.of("duplicate key", broken(join, "\"role\": \"mediator\"",
                        "\"role\": \"mediator\", \"role\": \"party\""), "body"),
                Arguments.of("missing actor", broken(join, "\"actor\"", "\"actorX\""), "actorX"),
                Arguments.of("actor null", broken(join, "\"actor\": {\"id\": \"qatar\", \"name\": \"Qatar\", \"kind\": \"state\"}",
                        "\"actor\": null"), "actor"),
                Arguments.of("bad role", broken(join, "\"mediator\"", "\"referee\""), "role"),
                Arguments.of("role as number", broken(join, "\"mediator\"", "7"), "role"),
                Arguments.of("actor id not a slug", broken(join, "\"qatar\"", "\"Qatar State!\""), "actor.id"),
                Arguments.of("actor kind unknown", broken(join, "\"kind\": \"state\"", "\"kind\": \"planet\""), "actor.kind"),
                Arguments.of("actor name blank", broken(join, "\"name\": \"Qatar\"", "\"name\": \"  \""), "actor.name"),
                Arguments.of("bad country", broken(exchange, "\"country\": \"PS\"", "\"country\": \"XX\""), "from.country"),
                Arguments.of("representatives not a list", broken(join, "[{\"name\": \"Someone\", \"title\": \"envoy\"}]",
                        "\"Someone\""), "representatives"),
                Arguments.of("representative without name", broken(join, "{\"name\": \"Someone\", \"title\": \"envoy\"}",
                        "{\"title\": \"envoy\"}"), "representatives[0].name"),
                Arguments.of("missing occurredAt", broken(join, "\"occurredAt\": \"2025-10-06\",", ""), "occurredAt"),
                Arguments.of("occurredAt not a date", broken(join, "2025-10-06", "last Wednesday"), "occurredAt"),
                Arguments.of("occurredAt impossible date", broken(join, "2025-10-06", "2025-02-30"), "occurredAt"),
                Arguments.of("occurredAt without offset", broken(join, "2025-10-06", "2025-10-06T10:00:00"), "occurredAt"),
                Arguments.of("occurredAt as number", broken(join, "\"2025-10-06\"", "20251006"), "occurredAt"),
                Arguments.of("bare date with instant precision", broken(join, "\"occurredAt\": \"2025-10-06\"",
                        "\"occurredAt\": \"2025-10-06\", \"occurredAtPrecision\": \"instant\""), "occurredAtPrecision"),
                Arguments.of("unknown precision", broken(join, "\"occurredAt\": \"2025-10-06\"",
                        "\"occurredAt\": \"2025-10-06\", \"occurredAtPrecision\": \"fortnight\""), "occurredAtPrecision"),
                Arguments.of("unknown confidence", broken(join, "\"confirmed\"", "\"certain\""), "confidence"),
                Arguments.of("no sources", broken(join, CommandDocuments.SOURCES, "\"sources\": []"), "sources"),
                Arguments.of("sources missing", broken(join, ", " + CommandDocuments.SOURCES, ""), "sources"),
                Arguments.of("source without publisher", broken(join, "\"publisher\": \"Reuters\", ", ""), "sources[0].publisher"),
                Arguments.of("source url not http", broken(join, "https://www.reuters.com/world/middle-east/",
                        "javascript:alert(1)"), "sources[0].url"),
                Arguments.of("source publishedAt bad", broken(join, "\"publishedAt\": \"2025-10-08\"",
                        "\"publishedAt\": \"yesterday\""), "sources[0].publishedAt"),
                Arguments.of("oversized summary", broken(exchange, "Lists handed over on Wednesday", "x".repeat(2001)), "summary"),
                Arguments.of("summary as object", broken(exchange, "\"Lists handed over on Wednesday\"", "{\"text\": 1}"), "summary"),
                Arguments.of("empty lists", broken(exchange, "[{\"kind\": \"hostages\"}, {\"kind\": \"prisoners\", \"count\": 250}]",
                        "[]"), "lists"),
                Arguments.of("negative count", broken(exchange, "\"count\": 250", "\"count\": -3"), "lists[1].count"),
                Arguments.of("fractional count", broken(exchange, "\"count\": 250", "\"count\": 2.5"), "lists[1].count"),
                Arguments.of("count as text", broken(exchange, "\"count\": 250", "\"count\": \"many\""), "lists[1].count"),
                Arguments.of("unknown list kind", broken(exchange, "\"kind\": \"hostages\"", "\"kind\": \"journalists\""),
                        "lists[0].kind"),
                Arguments.of("missing from", broken(exchange, "\"from\"", "\"sender\""), "sender"),
                Arguments.of("mediator invalid",
                        broken(exchange, "\"mediators\": [{\"id\": \"egypt\"", "\"mediators\": [{\"id\": \"\""),
                        "mediators[0].id"),
                Arguments.of("announce without name", broken(announce, "\"name\": \"Another\",", ""), "name"),
                Arguments.of("announce with unknown kind", broken(announce, "\"indirect-talks\"", "\"picnic\""), "kind"),
                Arguments.of("name as number", broken(announce, "\"Another\"", "42"), "name"),
                Arguments.of("host country lower case", broken(announce, "\"country\": \"EG\"}", "\"country\": \"eg\"}"),
                        "host.country"),
                Arguments.of("venue country unknown", broken(announce, "\"Sharm el-Sheikh\", \"country\": \"EG\"",
                        "\"Sharm el-Sheikh\", \"country\": \"ZZ\""), "venue.country"),
                Arguments.of("occurredAt in year 999999999", broken(join, "\"2025-10-06\"",
                        "\"+999999999-12-31T23:59:59-18:00\""), "occurredAt"),
                Arguments.of("occurredAt before 1900", broken(join, "2025-10-06", "1899-12-31"), "occurredAt"),
                Arguments.of("occurredAt in the future", broken(join, "2025-10-06", "2999-01-01"), "occurredAt"),
                Arguments.of("publishedAt in the future", broken(join, "\"publishedAt\": \"2025-10-08\"",
                        "\"publishedAt\": \"2999-01-01T00:00:00Z\""), "sources[0].publishedAt"),
                Arguments.of("NUL in a name", broken(announce, "\"Another\"", "\"Ano\\u0000ther\""), "name"),
                Arguments.of("bell in an actor name", broken(join, "\"Qatar\"", "\"Qa\\u0007tar\""), "actor.name"),
                Arguments.of("unpaired surrogate in a summary", broken(exchange, "Lists handed over on Wednesday",
                        "Lists \\ud800 handed over"), "summary")));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("badDocuments")
    void badDocumentIsAProblemNamingTheFieldAndStoresNothing(String description, String body, String field) {
        var before = storedEvents();

        var reply = post(TRACK, body, MediaType.APPLICATION_JSON);

        assertThat(reply.status()).as(description).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(reply.body().get("type").asText()).isEqualTo("https://parley.dev/problems/invalid-command");
        assertThat(reply.body().get("title").asText()).isNotBlank();
        assertThat(reply.body().get("status").asInt()).isEqualTo(400);
        assertThat(reply.body().get("detail").asText()).isNotBlank();
        assertThat(reply.body().get("errors").findValuesAsText("field")).as(reply.body().toString()).contains(field);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void badTrackIdIsAProblemNamingTheTrackId() {
        var before = storedEvents();

        var reply = post("Not A Slug", CommandDocuments.announce("x"), MediaType.APPLICATION_JSON);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo("trackId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void badIfMatchIsAProblemNamingTheHeader() {
        var reply = TestApiKeys.editor(port).post()
                .uri("/api/v1/tracks/{trackId}/commands", TRACK)
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "W/\"banana\"")
                .body(CommandDocuments.exchange())
                .exchange((request, response) -> json.readTree(response.getBody()));

        assertThat(reply.get("status").asInt()).isEqualTo(400);
        assertThat(reply.get("errors").get(0).get("field").asText()).isEqualTo("If-Match");
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaTypeProblem() {
        var before = storedEvents();

        var reply = post(TRACK, CommandDocuments.exchange(), MediaType.TEXT_PLAIN);

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(storedEvents()).isEqualTo(before);
    }
}
