package dev.parley.timeline.query.track;

import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.Representative;
import java.util.List;

public record ParticipantView(Actor actor, String role, List<Representative> representatives) {
}
