package dev.parley.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The text rendering of a track's JSON, which must survive the JSON shape changing under it. */
class TrackRendererTest {

    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    @Test
    void rendersHeadlineAndOneSectionPerNonEmptyArray() throws Exception {
        JsonNode track = json("""
                {"trackId": "sharm-el-sheikh-talks", "name": "Sharm el-Sheikh indirect talks", "kind": "indirect-talks",
                 "status": "ongoing", "version": 7,
                 "host": {"id": "egypt", "name": "Egypt"},
                 "participants": [
                   {"actor": {"id": "israel", "name": "Israel"}, "role": "party", "joinedAt": "2025-10-06"},
                   {"actor": {"id": "qatar", "name": "Qatar"}, "role": "mediator",
                    "representatives": [{"name": "Mohammed bin Abdulrahman Al Thani"}]}
                 ],
                 "exchanges": [
                   {"type": "hostage-list-exchanged", "summary": "Lists of hostages and prisoners handed over",
                    "occurredAt": "2025-10-08"}
                 ],
                 "observers": []}
                """);

        assertThat(TrackRenderer.render(track)).containsExactly(
                "Sharm el-Sheikh indirect talks (indirect-talks) — ongoing, version 7",
                "",
                "participants:",
                "  - Israel, party",
                "  - Qatar, mediator",
                "",
                "exchanges:",
                "  - hostage-list-exchanged, Lists of hostages and prisoners handed over, 2025-10-08");
    }

    @Test
    void aListParleyCutShort() throws Exception {
        JsonNode track = json("""
                {"name": "n", "kind": "k", "status": "s", "version": 3,
                 "moods": [{"mood": "cautious"}], "entryCounts": {"moods": 2500, "agenda": 0},
                 "developments": [{"type": "assessment-reported"}], "developmentCount": 3}
                """);

        assertThat(TrackRenderer.render(track)).containsExactly("n (k) — s, version 3", "", "moods (latest 1 of 2500):",
                "  - cautious", "", "developments (latest 1 of 3):", "  - assessment-reported");
    }

    @Test
    void tellingFieldsKeepTheirOrderWhateverTheJsonOrder() throws Exception {
        JsonNode element = json("""
                {"occurredAt": "2025-10-09", "summary": "s", "type": "t", "status": "st", "mood": "m", "statement": "said",
                 "stance": "for", "name": "n", "title": "Minister", "role": "party", "actor": {"name": "France"}}
                """);

        assertThat(TrackRenderer.describe(element)).isEqualTo("France, party, Minister, n, for, said, m, st, t, s, 2025-10-09");
    }

    @Test
    void elementWithoutTellingFieldsFallsBackToCompactJson() throws Exception {
        JsonNode track = json("""
                {"name": "n", "lists": [{"kind": "prisoners", "count": 250}, {"role": null, "title": "  "}]}
                """);

        assertThat(TrackRenderer.render(track)).containsExactly(
                "n (?) — ?, version ?",
                "",
                "lists:",
                "  - {\"kind\":\"prisoners\",\"count\":250}",
                "  - {\"role\":null,\"title\":\"  \"}");
    }

    @Test
    void scalarElementsAreShownAsThemselves() throws Exception {
        JsonNode track = json("""
                {"name": "n", "kind": "k", "status": "s", "version": 1, "tags": ["gaza", 2025, true]}
                """);

        assertThat(TrackRenderer.render(track)).endsWith("tags:", "  - gaza", "  - 2025", "  - true");
    }

    @Test
    void headlineFallsBackToTheTrackIdAndMarksWhatIsMissing() throws Exception {
        assertThat(TrackRenderer.headline(json("{\"trackId\": \"paris-ministerial\", \"version\": 2}")))
                .isEqualTo("paris-ministerial (?) — ?, version 2");
        assertThat(TrackRenderer.headline(json("{\"name\": {\"en\": \"structured\"}, \"status\": null}")))
                .isEqualTo("? (?) — ?, version ?");
    }

    @Test
    void nonArrayFieldsAndEmptyArraysGetNoSection() throws Exception {
        JsonNode track = json("""
                {"name": "n", "kind": "k", "status": "s", "version": 1, "venue": {"name": "Paris"}, "purpose": "p", "agreements": []}
                """);

        assertThat(TrackRenderer.render(track)).containsExactly("n (k) — s, version 1");
    }
}
