package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The state of a truce between the parties. */
public enum TruceStatus implements WireEnum {
    TEMPORARY_PAUSE, EXTENDED, NEXT_PHASE, DURABLE_CEASEFIRE, BREACHED;

    @JsonValue
    @Override
    public String wireName() {
        return WireEnum.kebab(this);
    }

    @JsonCreator
    public static TruceStatus fromWire(String wireName) {
        return WireEnum.parse(TruceStatus.class, wireName);
    }
}
