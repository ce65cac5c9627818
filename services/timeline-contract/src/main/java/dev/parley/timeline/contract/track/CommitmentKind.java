package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What an actor pledges. */
public enum CommitmentKind implements WireEnum {
    FUNDING, HUMANITARIAN_AID, RECONSTRUCTION, SECURITY_FORCES, POLITICAL, OTHER;

    @JsonValue
    @Override
    public String wireName() {
        return WireEnum.kebab(this);
    }

    @JsonCreator
    public static CommitmentKind fromWire(String wireName) {
        return WireEnum.parse(CommitmentKind.class, wireName);
    }
}
