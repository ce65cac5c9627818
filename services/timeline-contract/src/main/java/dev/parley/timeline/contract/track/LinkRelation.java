package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How one track relates to another. */
public enum LinkRelation implements WireEnum {
    PARALLEL_TO, BUILDS_ON, COORDINATES_WITH, SUCCEEDS;

    @JsonValue
    @Override
    public String wireName() {
        return WireEnum.kebab(this);
    }

    @JsonCreator
    public static LinkRelation fromWire(String wireName) {
        return WireEnum.parse(LinkRelation.class, wireName);
    }
}
