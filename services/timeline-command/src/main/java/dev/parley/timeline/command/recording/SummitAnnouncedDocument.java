package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.timeline.contract.track.TrackKind;

/**
 * {@code summit-announced}: the editors' word for announcing a track of kind summit. It records a
 * {@code track-announced} event, so readers need to know only one way a track opens.
 */
@JsonTypeName("summit-announced")
final class SummitAnnouncedDocument extends AnnouncementDocument {

    @Override
    TrackKind kind() {
        return TrackKind.SUMMIT;
    }
}
