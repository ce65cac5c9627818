package dev.parley.timeline.query.actor;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parley.timeline.contract.state.TrackState;
import dev.parley.timeline.contract.track.AssessmentReported;
import dev.parley.timeline.contract.track.CommitmentMade;
import dev.parley.timeline.contract.track.EnvoyDispatched;
import dev.parley.timeline.contract.track.PositionStated;
import java.util.List;
import java.util.UUID;

/** An actor across tracks: who it is, and on each track where it appears, what it did there. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActorView(String actorId, String name, String kind, String country, List<OnTrack> tracks) {

    /** The actor on one track; each item keeps the event that records it, with its provenance. */
    public record OnTrack(
            String trackId,
            String trackName,
            String status,
            boolean host,
            List<TrackState.Participant> roles,
            List<EnvoyDispatched> envoysSent,
            List<PositionStated> positions,
            List<Response> responses,
            List<CommitmentMade> commitments,
            List<AssessmentReported> assessments) {
    }

    /** The actor's latest response to a circulated document. */
    public record Response(String documentId, String title, String response, String statement, UUID eventId) {
    }
}
