package dev.parley.timeline.contract.subscriber;

import java.time.Instant;
import java.util.Map;

/**
 * Where a subscriber starts reading the topic: the beginning, saved offsets per partition, or the
 * first record published at or after a time. A time is only a starting point: Kafka's record
 * timestamp is when Parley published the event, which is after it was recorded (long after, when
 * the publisher catches up after an outage), and says nothing about when the development occurred.
 */
public sealed interface StartPosition {

    static StartPosition beginning() {
        return new Beginning();
    }

    /** @param nextOffsets partition number to the next offset to read, e.g. as saved by the subscriber */
    static StartPosition offsets(Map<Integer, Long> nextOffsets) {
        return new Offsets(Map.copyOf(nextOffsets));
    }

    static StartPosition publishedFrom(Instant time) {
        return new PublishedFrom(time);
    }

    record Beginning() implements StartPosition {
    }

    record Offsets(Map<Integer, Long> nextOffsets) implements StartPosition {
    }

    record PublishedFrom(Instant time) implements StartPosition {
    }
}
