package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a track is in its lifecycle. */
public enum TrackStatus implements WireEnum {
    ANNOUNCED;

    @JsonValue
    @Override
    public String wireName() {
        return WireEnum.kebab(this);
    }

    @JsonCreator
    public static TrackStatus fromWire(String wireName) {
        return WireEnum.parse(TrackStatus.class, wireName);
    }
}
