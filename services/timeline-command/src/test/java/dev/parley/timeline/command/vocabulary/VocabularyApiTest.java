package dev.parley.timeline.command.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.command.CommandTestApplication;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Every command type of the vocabulary through the public API: each is accepted in an order the
 * lifecycle allows, each refuses its own bad input naming the field, and the lifecycle and the
 * track's history refuse what makes no sense, with nothing stored.
 */
@SpringBootTest(classes = CommandTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VocabularyApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private VocabularyClient api;

    @BeforeAll
    void connect() {
        api = new VocabularyClient(port, jdbc);
        api.post("parley-paris", Documents.of("track-announced", Documents.PARIS)).requireStatus(201);
    }

    /** One valid document of every type, in an order the lifecycle allows; corrections are added after. */
    static Map<String, String> oneOfEach() {
        var all = new LinkedHashMap<String, String>();
        all.put("track-announced", Documents.SHARM);
        all.put("meeting-scheduled", """
                "scheduledFor": {"at": "2025-10-06", "precision": "day"}, "venue": {"name": "Sharm el-Sheikh", "country": "EG"}""");
        all.put("session-convened", "\"round\": \"first round\"");
        all.put("participant-joined", "\"actor\": " + Documents.QATAR + ", \"role\": \"mediator\"");
        all.put("participant-withdrew", "\"actor\": " + Documents.QATAR + ", \"role\": \"mediator\", \"reason\": \"sample\"");
        all.put("envoy-dispatched", "\"sentBy\": " + Documents.US
                + ", \"envoys\": [{\"name\": \"Steve Witkoff\", \"title\": \"Special Envoy\"}]");
        all.put("agenda-item-added", "\"itemId\": \"disarmament\", \"topic\": \"disarmament\", \"title\": \"Hamas disarmament\"");
        all.put("agenda-item-closed", "\"itemId\": \"disarmament\", \"outcome\": \"deferred\"");
        all.put("sticking-point-raised", "\"issueId\": \"disarmament\", \"title\": \"Hamas disarmament\"");
        all.put("sticking-point-narrowed", "\"issueId\": \"disarmament\", \"note\": \"phased approach\"");
        all.put("sticking-point-resolved", "\"issueId\": \"disarmament\"");
        all.put("position-stated", "\"actor\": " + Documents.ISRAEL + ", \"issueId\": \"disarmament\", \"stance\": \"condition\","
                + " \"statement\": \"Hamas must disarm before any political transition\"");
        all.put("hostage-list-exchanged", Documents.EXCHANGE);
        all.put("persons-released", "\"kind\": \"hostages\", \"count\": 20, \"releasedBy\": " + Documents.HAMAS);
        all.put("document-circulated", "\"documentId\": \"trump-plan\", \"kind\": \"plan\", \"title\": \"Trump's Gaza plan\"");
        all.put("plan-endorsed", "\"actor\": " + Documents.ISRAEL + ", \"documentId\": \"trump-plan\"");
        all.put("proposal-accepted", "\"actor\": " + Documents.QATAR + ", \"documentId\": \"trump-plan\"");
        all.put("proposal-rejected", "\"actor\": " + Documents.HAMAS + ", \"documentId\": \"trump-plan\"");
        all.put("commitment-made", "\"actor\": " + Documents.US + ", \"kind\": \"funding\", \"description\": \"Reconstruction fund\","
                + " \"amount\": 1000000, \"currency\": \"USD\"");
        all.put("assessment-reported", "\"mood\": \"optimistic\", \"assessedBy\": " + Documents.HAMAS);
        all.put("truce-status-changed", "\"status\": \"temporary-pause\"");
        all.put("agreement-reached", "\"title\": \"First phase\", \"parties\": [" + Documents.ISRAEL + ", " + Documents.HAMAS + "]");
        all.put("tracks-linked", "\"relation\": \"parallel-to\", \"linkedTrackId\": \"parley-paris\"");
        all.put("session-adjourned", "\"round\": \"first round\"");
        all.put("talks-suspended", "\"reason\": \"consultations\"");
        all.put("talks-resumed", "\"note\": \"back at the table\"");
        all.put("talks-concluded", "\"outcome\": \"first phase agreed\"");
        return all;
    }

    @Test
    void everyCommandTypeIsRecordedThroughTheApi() {
        var track = VocabularyClient.newTrackId();
        var eventIds = new LinkedHashMap<String, String>();
        for (var entry : oneOfEach().entrySet()) {
            var reply = api.post(track, Documents.of(entry.getKey(), entry.getValue()));
            assertThat(reply.status()).as("%s: %s", entry.getKey(), reply.body()).isEqualTo(201);
            assertThat(reply.body().get("type").asText()).isEqualTo(entry.getKey());
            eventIds.put(entry.getKey(), reply.body().get("eventId").asText());
        }
        var correction = api.post(track, Documents.of("event-corrected", "\"correctedEventId\": \""
                + eventIds.get("hostage-list-exchanged") + "\", \"reason\": \"Qatar passed no list\", \"replacement\": "
                + Documents.of("hostage-list-exchanged", Documents.EXCHANGE.replace(", " + Documents.QATAR, ""))));
        assertThat(correction.status()).as(correction.body().toString()).isEqualTo(201);
        var retraction = api.post(track, Documents.of("event-retracted", "\"retractedEventId\": \""
                + eventIds.get("proposal-rejected") + "\", \"reason\": \"No source confirms it\""));
        assertThat(retraction.status()).as(retraction.body().toString()).isEqualTo(201);

        assertThat(api.storedEvents(track)).isEqualTo(oneOfEach().size() + 2);
        var others = List.of("talks-collapsed", "talks-cancelled");
        for (var ending : others) {
            var other = VocabularyClient.newTrackId();
            api.post(other, Documents.of("summit-announced", "\"name\": \"US-hosted Gaza summit\"")).requireStatus(201);
            api.post(other, Documents.of("session-convened", "")).requireStatus(201);
            if (ending.equals("talks-cancelled")) {
                api.post(other, Documents.of("session-adjourned", "")).requireStatus(201);
            }
            assertThat(api.post(other, Documents.of(ending, "\"reason\": \"sample\"")).status()).isEqualTo(201);
        }
    }

    @Test
    void aCommandTheLifecycleDoesNotAllowIsAConflictNamingStateAndCommand() {
        var track = VocabularyClient.newTrackId();
        api.post(track, Documents.of("track-announced", Documents.SHARM)).requireStatus(201);

        var reply = api.post(track, Documents.of("session-adjourned", ""));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body().get("type").asText()).isEqualTo("https://parley.dev/problems/not-allowed-in-state");
        assertThat(reply.body().get("state").asText()).isEqualTo("announced");
        assertThat(reply.body().get("command").asText()).isEqualTo("session-adjourned");
        assertThat(api.storedEvents(track)).isEqualTo(1);
    }

    @Test
    void referencesTheTrackDoesNotHaveAreConflictsNamingTheField() {
        var track = VocabularyClient.newTrackId();
        api.post(track, Documents.of("track-announced", Documents.SHARM)).requireStatus(201);

        var closing = api.post(track, Documents.of("agenda-item-closed", "\"itemId\": \"security\""));
        var endorsing = api.post(track, Documents.of("plan-endorsed", "\"actor\": " + Documents.ISRAEL + ", \"documentId\": \"nope\""));
        var linking = api.post(track, Documents.of("tracks-linked", "\"relation\": \"builds-on\", \"linkedTrackId\": \"never-announced\""));
        var correcting = api.post(track, Documents.of("event-retracted",
                "\"retractedEventId\": \"00000000-0000-0000-0000-000000000001\", \"reason\": \"x\""));

        assertThat(List.of(closing, endorsing, linking, correcting)).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(409));
        assertThat(closing.firstErrorField()).isEqualTo("itemId");
        assertThat(endorsing.firstErrorField()).isEqualTo("documentId");
        assertThat(linking.firstErrorField()).isEqualTo("linkedTrackId");
        assertThat(correcting.firstErrorField()).isEqualTo("retractedEventId");
        assertThat(api.storedEvents(track)).isEqualTo(1);
    }

    @Test
    void anEventOfAnotherTrackCannotBeCorrectedHere() {
        var other = VocabularyClient.newTrackId();
        var otherAnnouncement = api.post(other, Documents.of("track-announced", Documents.SHARM)).requireStatus(201);
        var track = VocabularyClient.newTrackId();
        api.post(track, Documents.of("track-announced", Documents.SHARM)).requireStatus(201);

        var reply = api.post(track, Documents.of("event-corrected", "\"correctedEventId\": \""
                + otherAnnouncement.body().get("eventId").asText() + "\", \"reason\": \"typo\", \"replacement\": "
                + Documents.of("track-announced", Documents.SHARM)));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body().get("type").asText()).isEqualTo("https://parley.dev/problems/event-not-found");
        assertThat(api.storedEvents(track)).isEqualTo(1);
    }

    @Test
    void aTrackCannotBeLinkedToItself() {
        var track = VocabularyClient.newTrackId();
        api.post(track, Documents.of("track-announced", Documents.SHARM)).requireStatus(201);

        var reply = api.post(track, Documents.of("tracks-linked", "\"relation\": \"succeeds\", \"linkedTrackId\": \"" + track + "\""));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.firstErrorField()).isEqualTo("linkedTrackId");

        // nor through a correction of a link
        var link = api.post(track, Documents.of("tracks-linked", "\"relation\": \"succeeds\", \"linkedTrackId\": \"parley-paris\""))
                .requireStatus(201);
        var corrected = api.post(track, Documents.of("event-corrected", "\"correctedEventId\": \""
                + link.body().get("eventId").asText() + "\", \"reason\": \"wrong track\", \"replacement\": "
                + Documents.of("tracks-linked", "\"relation\": \"succeeds\", \"linkedTrackId\": \"" + track + "\"")));
        assertThat(corrected.status()).isEqualTo(400);
        assertThat(corrected.firstErrorField()).isEqualTo("linkedTrackId");
        assertThat(api.storedEvents(track)).isEqualTo(2);
    }

    /** For each type, a document broken in one field, and the field the answer must name. */
    static Stream<Arguments> badInputPerType() {
        var cases = new ArrayList<Arguments>();
        for (var entry : oneOfEach().entrySet()) {
            var bad = Documents.breakOneField(entry.getKey(), entry.getValue());
            cases.add(Arguments.of(entry.getKey(), bad.document(), bad.field()));
        }
        cases.add(Arguments.of("event-corrected", Documents.of("event-corrected", "\"correctedEventId\": \"not-a-uuid\","
                + " \"reason\": \"x\", \"replacement\": " + Documents.of("talks-resumed", "")), "correctedEventId"));
        cases.add(Arguments.of("event-corrected (bad replacement)", Documents.of("event-corrected",
                "\"correctedEventId\": \"00000000-0000-0000-0000-000000000001\", \"reason\": \"x\", \"replacement\": "
                        + Documents.of("hostage-list-exchanged",
                                Documents.EXCHANGE.replace("\"lists\": [", "\"lists\": [{\"kind\": \"pets\"},"))),
                "replacement.lists[0].kind"));
        cases.add(Arguments.of("event-retracted", Documents.of("event-retracted",
                "\"retractedEventId\": \"00000000-0000-0000-0000-000000000001\""), "reason"));
        cases.add(Arguments.of("summit-announced", Documents.of("summit-announced", "\"name\": \"\""), "name"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("badInputPerType")
    void badInputOfEveryTypeIsRefusedNamingTheFieldAndStoresNothing(String type, String document, String field) {
        var before = api.storedEvents("parley-paris");

        var reply = api.post("parley-paris", document);

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.body().get("errors").findValuesAsText("field")).as(reply.body().toString()).contains(field);
        assertThat(api.storedEvents("parley-paris")).isEqualTo(before);
    }

    @Test
    void everyCommandTypeHasAJsonSchemaThatDescribesItsValidDocument() throws Exception {
        var http = TestApiKeys.editor(port);
        var index = http.get().uri("/api/v1/command-schemas").retrieve().body(JsonNode.class);
        assertThat(index.size()).as("every command type, summit-announced and corrections included").isEqualTo(32);

        for (var entry : oneOfEach().entrySet()) {
            var schema = http.get().uri("/api/v1/command-schemas/{type}", entry.getKey()).retrieve()
                    .body(JsonNode.class);
            var document = new ObjectMapper().readTree(Documents.of(entry.getKey(), entry.getValue()));
            assertThat(schema.get("properties").get("type").get("const").asText()).isEqualTo(entry.getKey());
            assertThat(schema.get("required")).extracting(JsonNode::asText)
                    .as(entry.getKey()).contains("type", "occurredAt", "sources");
            assertThat(schema.get("additionalProperties").asBoolean(true)).as("unknown fields are refused").isFalse();
            document.fieldNames().forEachRemaining(field ->
                    assertThat(schema.get("properties").has(field)).as("%s.%s", entry.getKey(), field).isTrue());
        }
        var unknown = api.getStatus("/api/v1/command-schemas/summit-cancelled-by-aliens");
        assertThat(unknown).isEqualTo(404);
    }
}
