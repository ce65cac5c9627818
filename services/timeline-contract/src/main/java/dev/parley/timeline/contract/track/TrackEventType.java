package dev.parley.timeline.contract.track;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of event types: the wire name used in {@code ce_type} and the schema version of
 * each. A change that renames a field or changes its meaning bumps the version; a new optional
 * field does not.
 */
public enum TrackEventType {
    TRACK_ANNOUNCED("track-announced", 1, TrackAnnounced.class),
    PARTICIPANT_JOINED("participant-joined", 1, ParticipantJoined.class),
    HOSTAGE_LIST_EXCHANGED("hostage-list-exchanged", 1, HostageListExchanged.class);

    /** Prefix of every CloudEvents type Parley publishes. */
    public static final String CE_TYPE_PREFIX = "dev.parley.timeline.";

    private final String wireName;
    private final int version;
    private final Class<? extends TrackEvent> eventClass;

    TrackEventType(String wireName, int version, Class<? extends TrackEvent> eventClass) {
        this.wireName = wireName;
        this.version = version;
        this.eventClass = eventClass;
    }

    public String wireName() {
        return wireName;
    }

    public int version() {
        return version;
    }

    public Class<? extends TrackEvent> eventClass() {
        return eventClass;
    }

    /** {@code dev.parley.timeline.<type>.v<version>}, as published in {@code ce_type}. */
    public String cloudEventType() {
        return CE_TYPE_PREFIX + wireName + ".v" + version;
    }

    public static TrackEventType of(Class<?> eventClass) {
        return Arrays.stream(values())
                .filter(type -> type.eventClass.equals(eventClass))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a track event: " + eventClass.getName()));
    }

    public static Optional<TrackEventType> fromCloudEventType(String ceType) {
        return Arrays.stream(values()).filter(type -> type.cloudEventType().equals(ceType)).findFirst();
    }
}
