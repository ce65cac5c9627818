package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a negotiation track; a lower-case slug so it reads well in URLs and Kafka keys. */
public record TrackId(String value) {

    public TrackId {
        Slug.require(value, "track id");
    }

    @JsonCreator
    public static TrackId of(String value) {
        return new TrackId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** Axon uses toString() as the aggregate identifier, so it must be the bare slug. */
    @Override
    public String toString() {
        return value;
    }
}
