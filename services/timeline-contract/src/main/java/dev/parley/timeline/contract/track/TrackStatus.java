package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a track is in its lifecycle; docs/lifecycle.md draws the transitions. */
public enum TrackStatus implements WireEnum {
    ANNOUNCED, SCHEDULED, IN_SESSION, ADJOURNED, SUSPENDED, CONCLUDED, COLLAPSED, CANCELLED;

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
