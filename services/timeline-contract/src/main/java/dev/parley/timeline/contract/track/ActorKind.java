package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What sort of actor takes part in a negotiation. */
public enum ActorKind implements WireEnum {
    STATE, ORGANISATION, ARMED_GROUP, PERSON;

    @JsonValue
    @Override
    public String wireName() {
        return WireEnum.kebab(this);
    }

    @JsonCreator
    public static ActorKind fromWire(String wireName) {
        return WireEnum.parse(ActorKind.class, wireName);
    }
}
