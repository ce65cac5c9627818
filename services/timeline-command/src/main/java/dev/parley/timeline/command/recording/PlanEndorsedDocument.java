package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.EventMetadata;
import dev.parley.timeline.contract.track.PlanEndorsed;
import dev.parley.timeline.contract.track.TrackEvent;

/** {@code plan-endorsed}: an actor backs a circulated plan. */
@JsonTypeName("plan-endorsed")
final class PlanEndorsedDocument extends DocumentResponseDocument {

    @Override
    TrackEvent respond(EventMetadata metadata, Actor respondent, String document, String words) {
        return new PlanEndorsed(metadata, respondent, document, words);
    }
}
