package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What an agenda item is about. */
public enum AgendaTopic implements WireEnum {
    RECONSTRUCTION, HUMANITARIAN_AID, SECURITY, GOVERNANCE,
    TRUCE, TRUCE_NEXT_PHASE, DISARMAMENT, HOSTAGES_AND_PRISONERS, WITHDRAWAL, STATEHOOD, OTHER;

    @JsonValue
    @Override
    public String wireName() {
        return WireEnum.kebab(this);
    }

    @JsonCreator
    public static AgendaTopic fromWire(String wireName) {
        return WireEnum.parse(AgendaTopic.class, wireName);
    }
}
