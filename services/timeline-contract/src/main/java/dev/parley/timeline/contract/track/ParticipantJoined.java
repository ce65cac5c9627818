package dev.parley.timeline.contract.track;

import java.util.List;
import java.util.Objects;

/** An actor takes part in a track in a role, with the people who represent it there. */
public record ParticipantJoined(
        EventMetadata metadata, Actor actor, ParticipantRole role, List<Representative> representatives)
        implements TrackEvent {

    public ParticipantJoined {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
        representatives = representatives == null ? List.of() : List.copyOf(representatives);
    }

    /** CAMEO 043 host a visit, 045 mediate, 046 engage in negotiation, 044 meet at a third location. */
    @Override
    public String cameoCode() {
        return switch (role) {
            case HOST -> "043";
            case MEDIATOR -> "045";
            case PARTY -> "046";
            case OBSERVER, GUARANTOR -> "044";
        };
    }
}
