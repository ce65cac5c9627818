package dev.parley.timeline.query.track;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.contract.state.TrackState;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A track as one read answers it: its whole folded state, how many developments it has, and the
 * latest of them.
 *
 * <p>Its JSON shows only the latest {@code entries} entries of each list of the state, with each
 * list's length under {@code entryCounts} and each sticking point's number of notes under
 * {@code noteCount}, so the answer stays small however long the history grows: a track with 2,500
 * mood reports would otherwise send all of them on every read, and writing them out was most of
 * the read's time. The timeline pages through every development of a kind, so nothing is out of
 * reach.
 */
record TrackView(TrackState state, long developmentCount, List<DevelopmentView> developments) {

    ObjectNode toJson(ObjectMapper json, int entries) {
        // cut before writing: serialising the whole state only to drop most of it cost the time saved
        var view = (ObjectNode) json.valueToTree(state.latestEntries(entries));
        var positions = state.positions();
        // stances come from every position, not only the latest shown
        StickingPointStances.embed(view, positions.size() <= entries ? view.path("positions") : json.valueToTree(positions));
        countNotes(view);
        view.set("entryCounts", json.valueToTree(state.entryCounts()));
        view.put("developmentCount", developmentCount);
        view.set("developments", json.valueToTree(developments));
        return view;
    }

    private void countNotes(ObjectNode view) {
        Map<String, Integer> notes = state.stickingPoints().stream()
                .collect(Collectors.toMap(TrackState.StickingPoint::issueId, point -> point.notes().size(), (a, b) -> b));
        for (JsonNode point : view.path("stickingPoints")) {
            ((ObjectNode) point).put("noteCount", notes.getOrDefault(point.path("issueId").asText(), 0));
        }
    }
}
