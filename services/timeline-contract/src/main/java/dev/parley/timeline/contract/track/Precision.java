package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How precisely the sources date a development ("on Wednesday" is a day, "earlier in the week" a week). */
public enum Precision implements WireEnum {
    INSTANT, DAY, WEEK, MONTH, APPROXIMATE;

    @JsonValue
    @Override
    public String wireName() {
        return WireEnum.kebab(this);
    }

    @JsonCreator
    public static Precision fromWire(String wireName) {
        return WireEnum.parse(Precision.class, wireName);
    }
}
