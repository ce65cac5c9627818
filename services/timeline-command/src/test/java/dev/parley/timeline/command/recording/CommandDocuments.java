package dev.parley.timeline.command.recording;

/** JSON command documents as an editor would write them, for the API tests. */
public final class CommandDocuments {

    static final String SOURCES = """
            "sources": [{"publisher": "Reuters", "url": "https://www.reuters.com/world/middle-east/",
                         "attribution": "officials familiar with the matter", "publishedAt": "2025-10-08"}]""";

    private CommandDocuments() {
    }

    public static String announce(String name) {
        return """
                {"type": "track-announced", "name": "%s", "kind": "indirect-talks",
                 "host": {"id": "egypt", "name": "Egypt", "kind": "state", "country": "EG"},
                 "venue": {"name": "Sharm el-Sheikh", "country": "EG"},
                 "purpose": "Indirect talks between Israel and Hamas on the Gaza plan",
                 "occurredAt": "2025-10-06", %s}""".formatted(name, SOURCES);
    }

    static String join(String actorId, String actorName, String role) {
        return """
                {"type": "participant-joined",
                 "actor": {"id": "%s", "name": "%s", "kind": "state"},
                 "role": "%s", "representatives": [{"name": "Someone", "title": "envoy"}],
                 "occurredAt": "2025-10-06", "confidence": "confirmed", %s}""".formatted(actorId, actorName, role, SOURCES);
    }

    static String exchange() {
        return """
                {"type": "hostage-list-exchanged",
                 "from": {"id": "hamas", "name": "Hamas", "kind": "armed-group", "country": "PS"},
                 "to": {"id": "israel", "name": "Israel", "kind": "state", "country": "IL"},
                 "mediators": [{"id": "egypt", "name": "Egypt", "kind": "state"}],
                 "lists": [{"kind": "hostages"}, {"kind": "prisoners", "count": 250}],
                 "occurredAt": "2025-10-08", "summary": "Lists handed over on Wednesday", %s}""".formatted(SOURCES);
    }

    static String link(String linkedTrackId) {
        return """
                {"type": "tracks-linked", "relation": "parallel-to", "linkedTrackId": "%s",
                 "occurredAt": "2025-10-08", %s}""".formatted(linkedTrackId, SOURCES);
    }
}
