package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The part an actor plays in a track. */
public enum ParticipantRole implements WireEnum {
    HOST, MEDIATOR, PARTY, OBSERVER, GUARANTOR;

    @JsonValue
    @Override
    public String wireName() {
        return WireEnum.kebab(this);
    }

    @JsonCreator
    public static ParticipantRole fromWire(String wireName) {
        return WireEnum.parse(ParticipantRole.class, wireName);
    }
}
