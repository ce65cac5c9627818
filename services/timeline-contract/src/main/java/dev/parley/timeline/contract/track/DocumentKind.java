package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of text is circulated among the parties. */
public enum DocumentKind implements WireEnum {
    NOTE, DRAFT, PROPOSAL, PLAN;

    @JsonValue
    @Override
    public String wireName() {
        return WireEnum.kebab(this);
    }

    @JsonCreator
    public static DocumentKind fromWire(String wireName) {
        return WireEnum.parse(DocumentKind.class, wireName);
    }
}
