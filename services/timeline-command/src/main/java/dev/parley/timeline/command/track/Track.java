package dev.parley.timeline.command.track;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.parley.timeline.contract.state.TrackHistory;
import dev.parley.timeline.contract.state.TrackLifecycle;
import dev.parley.timeline.contract.track.EventMetadata;
import dev.parley.timeline.contract.track.NestedTrackEventDeserializer;
import dev.parley.timeline.contract.track.TrackAnnounced;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackEventType;
import dev.parley.timeline.contract.track.TrackId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A negotiation track, rebuilt from its events. It decides whether a development can be recorded:
 * the announcement only once, then only what the lifecycle allows ({@link TrackLifecycle}) and
 * what agrees with the history ({@link TrackRules}). Its state is the same fold the projections
 * use, with corrections applied. The {@link Clock} its handler receives is the application's,
 * injected by Axon.
 *
 * <p>A snapshot of a track is its events, in recorded order ({@link #SNAPSHOT_FORMAT}): a track is
 * restored from one by the same fold as from the event store, only without reading each event's
 * row, so it cannot come out differently. The folded state itself is not stored: it is the
 * contract's, and would tie snapshots to its private fields.
 */
// the beans of these names are in eventstore/TrackCacheConfiguration and TrackSnapshotConfiguration
// (Spring stays out of this package)
@Aggregate(cache = "trackCache", snapshotTriggerDefinition = "trackSnapshotTrigger", snapshotFilter = "trackSnapshotFilter")
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
        setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
public class Track {

    /**
     * The shape of a snapshot: {@code {"events": [...]}}, each event in its current schema with its
     * {@code type}. Change it when that shape changes; snapshots of another format (or stored with
     * other event versions) are then ignored and the track is read from its events.
     */
    public static final String SNAPSHOT_FORMAT = "1";

    @AggregateIdentifier
    private TrackId trackId;

    /** Number of events so far; the version editors see in {@code ETag} and {@code If-Match}. */
    private long version;

    private final TrackHistory history = new TrackHistory();

    /** Every event applied, in recorded order: what a snapshot keeps. */
    private final List<TrackEvent> events = new ArrayList<>();

    /** For Axon, which rebuilds the track from its events. */
    protected Track() {
    }

    /** A track restored from a snapshot: its events folded again, as if read from the store. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    private Track(@JsonProperty("events") @JsonDeserialize(contentUsing = NestedTrackEventDeserializer.class) List<TrackEvent> recorded) {
        recorded.forEach(this::on);
    }

    @JsonProperty("events")
    private List<TrackEvent> snapshotEvents() {
        return events;
    }

    /**
     * Records a development. The creation policy lets Axon hand over a fresh track when none
     * exists, so "announce twice" and "develop an unannounced track" are explicit rules rather than
     * storage errors.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandOutcome handle(RecordDevelopment command, Clock clock) {
        requireExpectedVersion(command);
        TrackEvent event;
        try {
            event = command.draft().create(nextMetadata(command, clock), history);
        } catch (TrackRuleViolation e) {
            // a draft that refers to earlier events finds none on a track that does not exist
            throw trackId == null ? new TrackNotAnnouncedException(command.trackId()) : e;
        }
        var type = TrackEventType.of(event.getClass());
        if (event instanceof TrackAnnounced) {
            if (trackId != null) {
                throw new TrackAlreadyAnnouncedException(command.trackId());
            }
        } else if (trackId == null) {
            throw new TrackNotAnnouncedException(command.trackId());
        } else if (!TrackLifecycle.allows(history.state().status(), type)) {
            throw new NotAllowedInStateException(history.state().status(), type.wireName());
        }
        var earlier = TrackRules.check(event, history);
        if (earlier.isPresent()) {
            return unchanged(earlier.get(), type);
        }
        apply(event);
        return new CommandOutcome(event.metadata().eventId(), trackId, version, type.wireName(), true);
    }

    /**
     * Records a batch of developments in order, each judged as {@link #handle(RecordDevelopment,
     * Clock)} judges it alone, on the track as the commands before it left it. A refused command
     * is answered with its refusal and changes nothing, since the track applies an event only once
     * every check has passed; any other failure ends the whole batch.
     *
     * @throws NothingRecordedOnNewTrackException when the track did not exist and still does not
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public List<DevelopmentResult> handle(RecordDevelopments batch, Clock clock) {
        var results = new ArrayList<DevelopmentResult>(batch.commands().size());
        for (var command : batch.commands()) {
            try {
                results.add(DevelopmentResult.of(handle(command, clock)));
            } catch (TrackRefusal refusal) {
                results.add(DevelopmentResult.refused(refusal));
            }
        }
        if (trackId == null) {
            throw new NothingRecordedOnNewTrackException(batch.trackId(), results);
        }
        return results;
    }

    @EventSourcingHandler
    void on(TrackEvent event) {
        if (event instanceof TrackAnnounced) {
            trackId = event.trackId();
        }
        history.apply(event);
        events.add(event);
        version = event.sequence();
    }

    private void requireExpectedVersion(RecordDevelopment command) {
        var expected = command.context().expectedVersion();
        if (expected != null && expected != version) {
            throw new StaleTrackVersionException(command.trackId(), expected, version);
        }
    }

    /**
     * The next event's metadata. {@code recordedAt} is read from the injected clock here, while
     * the track is locked for this command, so a track's events are recorded in time order.
     */
    private EventMetadata nextMetadata(RecordDevelopment command, Clock clock) {
        return command.context().toMetadata(command.trackId(), version + 1, clock.instant());
    }

    private CommandOutcome unchanged(UUID earlierEvent, TrackEventType type) {
        return new CommandOutcome(earlierEvent, trackId, version, type.wireName(), false);
    }
}
