package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.EventMetadata;
import dev.parley.timeline.contract.track.ProposalAccepted;
import dev.parley.timeline.contract.track.TrackEvent;

/** {@code proposal-accepted}: an actor accepts a circulated proposal. */
@JsonTypeName("proposal-accepted")
final class ProposalAcceptedDocument extends DocumentResponseDocument {

    @Override
    TrackEvent respond(EventMetadata metadata, Actor respondent, String document, String words) {
        return new ProposalAccepted(metadata, respondent, document, words);
    }
}
