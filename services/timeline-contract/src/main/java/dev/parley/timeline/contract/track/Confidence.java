package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How sure the sources are: official statements are confirmed, "reportedly" and unnamed officials are reported. */
public enum Confidence implements WireEnum {
    CONFIRMED, REPORTED, UNCONFIRMED;

    @JsonValue
    @Override
    public String wireName() {
        return WireEnum.kebab(this);
    }

    @JsonCreator
    public static Confidence fromWire(String wireName) {
        return WireEnum.parse(Confidence.class, wireName);
    }
}
