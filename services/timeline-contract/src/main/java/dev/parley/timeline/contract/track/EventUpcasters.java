package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings an older version of an event's JSON up to the version the code reads. Events are never
 * rewritten where they are stored (the event store and the topic keep version 1 forever), so every
 * reader upcasts on the way in: the command side through Axon's upcaster chain, the query side and
 * downstream consumers when they read a CloudEvent whose {@code ce_type} names an older version.
 *
 * <p>The rule (docs/events.md): a new optional field needs no new version; a rename, a removal or
 * a change of meaning does, and comes with a step here.
 */
public final class EventUpcasters {

    private EventUpcasters() {
    }

    /**
     * @param version the version the JSON was written as, from {@code ce_type} or the store's revision
     * @return the same node, changed in place to the type's current version
     * @throws IllegalArgumentException for a version this code does not know (newer, or below 1)
     */
    public static ObjectNode upcast(TrackEventType type, int version, ObjectNode json) {
        if (version < 1 || version > type.version()) {
            throw new IllegalArgumentException(type.wireName() + " has no version " + version
                    + "; this reader knows versions 1 to " + type.version());
        }
        for (int from = version; from < type.version(); from++) {
            step(type, from, json);
        }
        return json;
    }

    private static void step(TrackEventType type, int from, ObjectNode json) {
        if (type == TrackEventType.HOSTAGE_LIST_EXCHANGED && from == 1) {
            // v2 calls the mediators what they are; the lists and actors did not change
            var via = json.remove("via");
            if (via != null) {
                json.set("mediators", via);
            }
            return;
        }
        throw new IllegalStateException("no upcaster from " + type.wireName() + " v" + from);
    }
}
