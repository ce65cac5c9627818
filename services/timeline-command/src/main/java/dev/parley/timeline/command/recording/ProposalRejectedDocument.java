package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.EventMetadata;
import dev.parley.timeline.contract.track.ProposalRejected;
import dev.parley.timeline.contract.track.TrackEvent;

/** {@code proposal-rejected}: an actor turns down a circulated proposal. */
@JsonTypeName("proposal-rejected")
final class ProposalRejectedDocument extends DocumentResponseDocument {

    @Override
    TrackEvent respond(EventMetadata metadata, Actor respondent, String document, String words) {
        return new ProposalRejected(metadata, respondent, document, words);
    }
}
