package dev.parley.timeline.command.vocabulary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;

/** Command documents of every type for the vocabulary tests, with the fields every command carries. */
final class Documents {

    static final String HAMAS = "{\"id\": \"hamas\", \"name\": \"Hamas\", \"kind\": \"armed-group\", \"country\": \"PS\"}";
    static final String ISRAEL = "{\"id\": \"israel\", \"name\": \"Israel\", \"kind\": \"state\", \"country\": \"IL\"}";
    static final String QATAR = "{\"id\": \"qatar\", \"name\": \"Qatar\", \"kind\": \"state\", \"country\": \"QA\"}";
    static final String EGYPT = "{\"id\": \"egypt\", \"name\": \"Egypt\", \"kind\": \"state\", \"country\": \"EG\"}";
    static final String US = "{\"id\": \"united-states\", \"name\": \"United States\", \"kind\": \"state\", \"country\": \"US\"}";
    static final String SHARM = "\"name\": \"Sharm el-Sheikh indirect talks\", \"kind\": \"indirect-talks\", \"host\": " + EGYPT;
    static final String PARIS = "\"name\": \"Paris ministerial meeting on Gaza\", \"kind\": \"ministerial-meeting\"";
    static final String EXCHANGE = "\"from\": " + HAMAS + ", \"to\": " + ISRAEL + ", \"mediators\": [" + EGYPT + ", " + QATAR + "],"
            + " \"lists\": [{\"kind\": \"hostages\"}, {\"kind\": \"prisoners\"}]";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** For each type, the field to break and a value it must refuse. */
    private static final Map<String, String[]> BREAKS = Map.ofEntries(
            Map.entry("track-announced", new String[] {"kind", "\"picnic\""}),
            Map.entry("meeting-scheduled", new String[] {"scheduledFor", "{\"at\": \"next week\"}", "scheduledFor.at"}),
            Map.entry("session-convened", new String[] {"round", "\"" + "r".repeat(201) + "\""}),
            Map.entry("participant-joined", new String[] {"role", "\"referee\""}),
            Map.entry("participant-withdrew", new String[] {"actor", "null"}),
            Map.entry("envoy-dispatched", new String[] {"envoys", "[]"}),
            Map.entry("agenda-item-added", new String[] {"topic", "\"weather\""}),
            Map.entry("agenda-item-closed", new String[] {"itemId", "\"Not A Slug\""}),
            Map.entry("sticking-point-raised", new String[] {"title", "\"\""}),
            Map.entry("sticking-point-narrowed", new String[] {"note", "null"}),
            Map.entry("sticking-point-resolved", new String[] {"issueId", "7"}),
            Map.entry("position-stated", new String[] {"stance", "\"shrug\""}),
            Map.entry("hostage-list-exchanged", new String[] {"lists", "[]"}),
            Map.entry("persons-released", new String[] {"count", "-1"}),
            Map.entry("document-circulated", new String[] {"kind", "\"tweet\""}),
            Map.entry("plan-endorsed", new String[] {"documentId", "null"}),
            Map.entry("proposal-accepted", new String[] {"actor", "{\"id\": \"\", \"name\": \"Qatar\", \"kind\": \"state\"}",
                "actor.id"}),
            Map.entry("proposal-rejected", new String[] {"actor", "\"hamas\""}),
            Map.entry("commitment-made", new String[] {"currency", "\"dollars\""}),
            Map.entry("assessment-reported", new String[] {"mood", "\"giddy\""}),
            Map.entry("truce-status-changed", new String[] {"status", "\"over\""}),
            Map.entry("agreement-reached", new String[] {"parties", "[]"}),
            Map.entry("tracks-linked", new String[] {"linkedTrackId", "\"Paris!\""}),
            Map.entry("session-adjourned", new String[] {"round", "\"" + "n".repeat(201) + "\""}),
            Map.entry("talks-suspended", new String[] {"reason", "12"}),
            Map.entry("talks-resumed", new String[] {"note", "true"}),
            Map.entry("talks-concluded", new String[] {"outcome", "\"\""}));

    private Documents() {
    }

    /** {@code {"type": type, <fields>, occurredAt, sources}}. */
    static String of(String type, String fields) {
        return "{\"type\": \"" + type + "\", " + (fields.isBlank() ? "" : fields + ", ")
                + "\"occurredAt\": \"2025-10-08\", \"sources\": [{\"publisher\": \"Reuters\", \"attribution\": \"reportedly\"}]}";
    }

    record Broken(String document, String field) {
    }

    static Broken breakOneField(String type, String fields) {
        var rule = BREAKS.get(type);
        if (rule == null) {
            throw new IllegalArgumentException("no bad-input case for " + type);
        }
        try {
            var document = (ObjectNode) JSON.readTree(of(type, fields));
            JsonNode bad = JSON.readTree(rule[1]);
            document.set(rule[0], bad);
            return new Broken(JSON.writeValueAsString(document), rule.length > 2 ? rule[2] : rule[0]);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
