package dev.parley.timeline.command.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.contract.track.EventUpcasters;
import dev.parley.timeline.contract.track.TrackEventType;
import java.util.Optional;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads older versions of track events out of the event store as the current version, with the
 * contract's {@link EventUpcasters}, so the aggregate and the publisher only ever see current
 * events. The stored rows keep their old revision: the event store is never rewritten. (Axon's
 * Spring support puts every {@code EventUpcaster} bean into the store's upcaster chain.)
 */
@Component
class TrackEventUpcaster extends SingleEventUpcaster {

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return olderVersion(representation).isPresent();
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        var stored = olderVersion(representation).orElseThrow();
        var current = new SimpleSerializedType(representation.getType().getName(), Integer.toString(stored.type().version()));
        return representation.upcastPayload(current, JsonNode.class,
                json -> EventUpcasters.upcast(stored.type(), stored.version(), (ObjectNode) json));
    }

    private static Optional<TrackEventType.Versioned> olderVersion(IntermediateEventRepresentation representation) {
        var type = representation.getType();
        if (type.getRevision() == null || !type.getRevision().matches("[1-9][0-9]{0,3}")) {
            return Optional.empty();
        }
        int revision = Integer.parseInt(type.getRevision());
        return TrackEventType.fromClassName(type.getName())
                .filter(eventType -> revision < eventType.version())
                .map(eventType -> new TrackEventType.Versioned(eventType, revision))
                ;
    }
}
