package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How the talks are going, in the words of whoever assesses them. */
public enum Mood implements WireEnum {
    OPTIMISTIC, CAUTIOUS, PESSIMISTIC, DEADLOCKED;

    @JsonValue
    @Override
    public String wireName() {
        return WireEnum.kebab(this);
    }

    @JsonCreator
    public static Mood fromWire(String wireName) {
        return WireEnum.parse(Mood.class, wireName);
    }
}
