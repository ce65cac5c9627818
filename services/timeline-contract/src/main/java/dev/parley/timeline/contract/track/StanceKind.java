package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of stance an actor takes on an issue. */
public enum StanceKind implements WireEnum {
    DEMAND, CONDITION, REFUSAL, SUPPORT, OPPOSITION, PROPOSAL;

    @JsonValue
    @Override
    public String wireName() {
        return WireEnum.kebab(this);
    }

    @JsonCreator
    public static StanceKind fromWire(String wireName) {
        return WireEnum.parse(StanceKind.class, wireName);
    }
}
