package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The format of a negotiation track. */
public enum TrackKind implements WireEnum {
    SUMMIT, MINISTERIAL_MEETING, INDIRECT_TALKS, DIRECT_TALKS, CONFERENCE, CONTACT_GROUP;

    @JsonValue
    @Override
    public String wireName() {
        return WireEnum.kebab(this);
    }

    @JsonCreator
    public static TrackKind fromWire(String wireName) {
        return WireEnum.parse(TrackKind.class, wireName);
    }
}
