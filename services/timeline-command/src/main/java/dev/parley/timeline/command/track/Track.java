package dev.parley.timeline.command.track;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.parley.timeline.contract.track.EventMetadata;
import dev.parley.timeline.contract.track.HostageListExchanged;
import dev.parley.timeline.contract.track.ParticipantJoined;
import dev.parley.timeline.contract.track.ParticipantRole;
import dev.parley.timeline.contract.track.TrackAnnounced;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackEventType;
import dev.parley.timeline.contract.track.TrackId;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A negotiation track, rebuilt from its events. It decides whether a development can be recorded
 * and keeps only the state those decisions need; everything else lives in the projections. The
 * {@link Clock} its handlers receive is the application's, injected by Axon.
 */
@Aggregate
public class Track {

    @AggregateIdentifier
    private TrackId trackId;

    /** Number of events so far; the version editors see in {@code ETag} and {@code If-Match}. */
    private long version;

    /** Who takes part in which role, with the event that recorded it, to make re-joining a no-op. */
    private final Map<Participation, UUID> participations = new HashMap<>();

    /** For Axon, which rebuilds the track from its events. */
    protected Track() {
    }

    /**
     * Creates the track, or refuses when it exists. The creation policy lets Axon load an existing
     * track so the refusal is an explicit rule rather than a storage conflict.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandOutcome handle(AnnounceTrack command, Clock clock) {
        requireExpectedVersion(command);
        if (trackId != null) {
            throw new TrackAlreadyAnnouncedException(command.trackId());
        }
        return record(new TrackAnnounced(nextMetadata(command, clock), command.name(), command.kind(), command.host(),
                command.venue(), command.purpose()));
    }

    @CommandHandler
    public CommandOutcome handle(JoinParticipant command, Clock clock) {
        requireExpectedVersion(command);
        var participation = new Participation(command.actor().id(), command.role());
        var earlier = participations.get(participation);
        if (earlier != null) {
            return unchanged(earlier, TrackEventType.PARTICIPANT_JOINED);
        }
        return record(new ParticipantJoined(nextMetadata(command, clock), command.actor(), command.role(),
                command.representatives()));
    }

    @CommandHandler
    public CommandOutcome handle(RecordListExchange command, Clock clock) {
        requireExpectedVersion(command);
        return record(new HostageListExchanged(nextMetadata(command, clock), command.from(), command.to(), command.via(),
                command.lists()));
    }

    @EventSourcingHandler
    void on(TrackAnnounced event) {
        trackId = event.trackId();
        advanceTo(event);
    }

    @EventSourcingHandler
    void on(ParticipantJoined event) {
        participations.put(new Participation(event.actor().id(), event.role()), event.metadata().eventId());
        advanceTo(event);
    }

    @EventSourcingHandler
    void on(HostageListExchanged event) {
        advanceTo(event);
    }

    private void advanceTo(TrackEvent event) {
        version = event.sequence();
    }

    private void requireExpectedVersion(TrackCommand command) {
        var expected = command.context().expectedVersion();
        if (expected != null && expected != version) {
            throw new StaleTrackVersionException(command.trackId(), expected, version);
        }
    }

    /**
     * The next event's metadata. {@code recordedAt} is read from the injected clock here, while
     * the track is locked for this command, so a track's events are recorded in time order.
     */
    private EventMetadata nextMetadata(TrackCommand command, Clock clock) {
        return command.context().toMetadata(command.trackId(), version + 1, clock.instant());
    }

    /** Applies the event (which runs its sourcing handler at once) and reports the new version. */
    private CommandOutcome record(TrackEvent event) {
        apply(event);
        return new CommandOutcome(event.metadata().eventId(), trackId, version, event.type(), true);
    }

    private CommandOutcome unchanged(UUID earlierEvent, TrackEventType type) {
        return new CommandOutcome(earlierEvent, trackId, version, type.wireName(), false);
    }

    private record Participation(String actorId, ParticipantRole role) {
    }
}
