package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of persons a handed-over list names. */
public enum ListKind implements WireEnum {
    HOSTAGES, PRISONERS;

    @JsonValue
    @Override
    public String wireName() {
        return WireEnum.kebab(this);
    }

    @JsonCreator
    public static ListKind fromWire(String wireName) {
        return WireEnum.parse(ListKind.class, wireName);
    }
}
