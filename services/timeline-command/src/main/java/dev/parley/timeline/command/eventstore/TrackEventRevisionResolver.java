package dev.parley.timeline.command.eventstore;

import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackEventType;
import org.axonframework.serialization.RevisionResolver;

/**
 * Stores each event with the schema version the contract's catalogue gives it, so the contract
 * stays free of Axon annotations and upcasters can key on the same number as {@code ce_type}.
 */
public class TrackEventRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        if (TrackEvent.class.isAssignableFrom(payloadType)) {
            return Integer.toString(TrackEventType.of(payloadType).version());
        }
        return null;
    }
}
