package dev.parley.timeline.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.contract.json.TimelineJson;
import dev.parley.timeline.contract.state.TrackHistory;
import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.EventCorrected;
import dev.parley.timeline.contract.track.EventRetracted;
import dev.parley.timeline.contract.track.HostageListExchanged;
import dev.parley.timeline.contract.track.Precision;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.query.QueryTestApplication;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projector on a real PostgreSQL: redeliveries change nothing, gaps are refused, and a batch
 * folds into the state the last committed batch left in memory only while it is the stored one.
 * (The tests that show which state a batch folded into change the stored state behind the
 * projector's back, keeping its version: a batch that folds into the one in memory writes the
 * original back, one that reads the stored state keeps the change.)
 */
@SpringBootTest(classes = QueryTestApplication.class)
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class TrackProjectorTest {

    @Autowired
    TrackProjector projector;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    boolean apply(dev.parley.timeline.contract.track.TrackEvent event) {
        return Boolean.TRUE.equals(transaction.execute(status -> projector.apply(event)));
    }

    long version(TrackId trackId) {
        return jdbc.sql("SELECT version FROM track_view WHERE track_id = ?").param(trackId.value())
                .query(Long.class).single();
    }

    long exchanges(TrackId trackId) {
        return jdbc.sql("SELECT jsonb_array_length(state::jsonb -> 'exchanges') FROM track_view WHERE track_id = ?").param(trackId.value())
                .query(Long.class).single();
    }

    /** Changes the stored state behind the projector's back, keeping its version. */
    void renameBehindTheProjectorsBack(TrackId trackId, String name) {
        jdbc.sql("UPDATE track_view SET state = jsonb_set(state::jsonb, '{name}', to_jsonb(?::text))::text WHERE track_id = ?")
                .params(name, trackId.value()).update();
    }

    String storedName(TrackId trackId) {
        return jdbc.sql("SELECT state::jsonb ->> 'name' FROM track_view WHERE track_id = ?").param(trackId.value())
                .query(String.class).single();
    }

    @Test
    void appliesEventsInSequence() {
        var track = new TrackId("projector-in-sequence");

        assertThat(apply(SampleEvents.announced(track))).isTrue();
        assertThat(apply(SampleEvents.joined(track, 2))).isTrue();
        assertThat(apply(SampleEvents.exchanged(track, 3))).isTrue();

        assertThat(version(track)).isEqualTo(3);
        assertThat(exchanges(track)).isEqualTo(1);
    }

    @Test
    void redeliveredEventChangesNothing() {
        var track = new TrackId("projector-redelivery");
        apply(SampleEvents.announced(track));
        apply(SampleEvents.joined(track, 2));
        apply(SampleEvents.exchanged(track, 3));

        assertThat(apply(SampleEvents.exchanged(track, 3))).isFalse();
        assertThat(apply(SampleEvents.announced(track))).isFalse();

        assertThat(version(track)).isEqualTo(3);
        assertThat(exchanges(track)).isEqualTo(1);
    }

    @Test
    void eventAfterAGapIsRefusedAndLeavesTheTrackAsItWas() {
        var track = new TrackId("projector-gap");
        apply(SampleEvents.announced(track));

        assertThatThrownBy(() -> apply(SampleEvents.exchanged(track, 3)))
                .isInstanceOf(SequenceGapException.class)
                .hasMessage("track projector-gap expected sequence 2 but received 3");

        assertThat(version(track)).isEqualTo(1);
        assertThat(exchanges(track)).isZero();
    }

    @Test
    void eventOfAnUnannouncedTrackIsAGap() {
        var track = new TrackId("projector-never-announced");

        assertThatThrownBy(() -> apply(SampleEvents.joined(track, 2)))
                .isInstanceOf(SequenceGapException.class)
                .hasMessageContaining("expected sequence 1");
    }

    @Test
    void lastOccurredAtFollowsValidTimeNotArrival() {
        var track = new TrackId("projector-late-report");
        apply(SampleEvents.announced(track));
        apply(SampleEvents.exchanged(track, 2));
        // recorded third, but occurred before the exchange
        apply(SampleEvents.joined(track, 3));

        var last = jdbc.sql("SELECT last_occurred_at FROM track_view WHERE track_id = ?").param(track.value())
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(last).isEqualTo(SampleEvents.exchanged(track, 2).metadata().occurredAt());
    }

    @Test
    void aCorrectionShowsTheReplacementAndMarksTheCorrectedDevelopment() {
        var track = new TrackId("projector-correction");
        apply(SampleEvents.announced(track));
        var exchange = SampleEvents.exchanged(track, 2);
        apply(exchange);
        // same event, one day earlier and with one mediator fewer
        var replacement = new HostageListExchanged(SampleEvents.metadata(track, 2, "2025-10-07T00:00:00Z", Precision.DAY),
                exchange.from(), exchange.to(), List.of(SampleEvents.EGYPT), exchange.lists());

        assertThat(apply(new EventCorrected(SampleEvents.metadata(track, 3, "2025-10-10T00:00:00Z", Precision.DAY),
                exchange.metadata().eventId(), "Qatar did not pass the lists on", replacement))).isTrue();

        assertThat(jdbc.sql("SELECT state::jsonb -> 'exchanges' -> 0 -> 'mediators' ->> 0 FROM track_view WHERE track_id = ?")
                .param(track.value()).query(String.class).single()).contains("\"id\": \"egypt\"");
        assertThat(jdbc.sql("SELECT jsonb_array_length(state::jsonb -> 'exchanges' -> 0 -> 'mediators') FROM track_view "
                + "WHERE track_id = ?").param(track.value()).query(Integer.class).single()).isEqualTo(1);
        assertThat(amendment(exchange.metadata().eventId())).isEqualTo("corrected");
        assertThat(jdbc.sql("SELECT occurred_at FROM track_development WHERE event_id = ?").param(exchange.metadata().eventId())
                .query(java.sql.Timestamp.class).single().toInstant())
                .as("the development is listed where it now stands").isEqualTo(java.time.Instant.parse("2025-10-07T00:00:00Z"));
        assertThat(version(track)).isEqualTo(3);
    }

    @Test
    void aRetractionTakesTheDevelopmentOutOfTheStateButKeepsItsRow() {
        var track = new TrackId("projector-retraction");
        apply(SampleEvents.announced(track));
        var exchange = SampleEvents.exchanged(track, 2);
        apply(exchange);

        apply(new EventRetracted(SampleEvents.metadata(track, 3, "2025-10-10T00:00:00Z", Precision.DAY),
                exchange.metadata().eventId(), "No exchange took place"));

        assertThat(exchanges(track)).isZero();
        assertThat(amendment(exchange.metadata().eventId())).isEqualTo("retracted");
        assertThat(jdbc.sql("SELECT count(*) FROM track_development WHERE track_id = ?").param(track.value())
                .query(Long.class).single()).as("nothing recorded is deleted").isEqualTo(3);
    }

    @Test
    void aBatchFoldsIntoTheStateTheLastCommittedBatchLeftInMemory() {
        var track = new TrackId("projector-cached-state");
        apply(SampleEvents.announced(track));
        apply(SampleEvents.joined(track, 2));
        renameBehindTheProjectorsBack(track, "changed behind the projector's back");

        apply(SampleEvents.exchanged(track, 3));

        assertThat(storedName(track)).as("folded into the state in memory, not the stored one")
                .isEqualTo(SampleEvents.announced(track).name());
        assertThat(version(track)).isEqualTo(3);
        assertThat(exchanges(track)).isEqualTo(1);
    }

    @Test
    void aStateInMemoryIsNotUsedOnceTheStoredVersionHasMovedOn() {
        var track = new TrackId("projector-stale-state");
        apply(SampleEvents.announced(track));
        apply(SampleEvents.joined(track, 2));
        // another instance applies the next event (a rebalance), then the stored state changes
        var otherInstance = projector.withSeparateStateCache();
        transaction.executeWithoutResult(status -> otherInstance.apply(SampleEvents.exchanged(track, 3)));
        renameBehindTheProjectorsBack(track, "stored by the other instance");

        apply(SampleEvents.exchanged(track, 4));

        assertThat(storedName(track)).as("the stored state read again").isEqualTo("stored by the other instance");
        assertThat(version(track)).isEqualTo(4);
        assertThat(exchanges(track)).as("the other instance's exchange kept, none counted twice").isEqualTo(2);
    }

    @Test
    void aBatchRetriedAfterARollbackFoldsIntoTheStoredStateNotTheRolledBackOne() {
        var track = new TrackId("projector-rolled-back");
        apply(SampleEvents.announced(track));
        apply(SampleEvents.exchanged(track, 2));
        // a batch folds sequence 3, then fails on a gap: nothing of it is stored
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            projector.apply(SampleEvents.exchanged(track, 3));
            projector.apply(SampleEvents.exchanged(track, 5));
        })).isInstanceOf(SequenceGapException.class);
        assertThat(version(track)).isEqualTo(2);
        renameBehindTheProjectorsBack(track, "stored before the retry");

        // the consumer rewinds and applies the batch again
        transaction.executeWithoutResult(status -> {
            projector.apply(SampleEvents.exchanged(track, 3));
            projector.apply(SampleEvents.exchanged(track, 4));
        });

        assertThat(version(track)).isEqualTo(4);
        assertThat(exchanges(track)).as("the rolled-back exchange is not counted twice").isEqualTo(3);
        assertThat(storedName(track)).as("the retry folded into the stored state").isEqualTo("stored before the retry");
    }

    @Test
    void theStateFoldedAgainAfterACorrectionIsKeptForTheNextBatch() {
        var track = new TrackId("projector-cached-correction");
        apply(SampleEvents.announced(track));
        var exchange = SampleEvents.exchanged(track, 2);
        apply(exchange);
        var replacement = new HostageListExchanged(SampleEvents.metadata(track, 2, "2025-10-07T00:00:00Z", Precision.DAY),
                exchange.from(), exchange.to(), List.of(SampleEvents.EGYPT), exchange.lists());
        apply(new EventCorrected(SampleEvents.metadata(track, 3, "2025-10-10T00:00:00Z", Precision.DAY),
                exchange.metadata().eventId(), "Qatar did not pass the lists on", replacement));
        renameBehindTheProjectorsBack(track, "changed behind the projector's back");

        apply(SampleEvents.joined(track, 4));

        assertThat(storedName(track)).as("folded into the corrected state in memory").isEqualTo(SampleEvents.announced(track).name());
        assertThat(jdbc.sql("SELECT jsonb_array_length(state::jsonb -> 'exchanges' -> 0 -> 'mediators') FROM track_view "
                + "WHERE track_id = ?").param(track.value()).query(Integer.class).single()).as("the correction holds").isEqualTo(1);
        assertThat(version(track)).isEqualTo(4);
    }

    @Test
    void aTrackAppliedOneEventPerBatchIsStoredAsItsHistoryFolds() throws Exception {
        // every event type, corrections and a retraction among them, each in a batch of its own:
        // all but the first and the amendments fold into the state kept in memory
        for (var event : SampleEvents.all()) {
            apply(event);
        }

        var folded = TimelineJson.newMapper().writeValueAsString(TrackHistory.of(SampleEvents.all()).state());
        var stored = jdbc.sql("SELECT state::text FROM track_view WHERE track_id = ?").param(SampleEvents.SHARM.value())
                .query(String.class).single();
        var tree = new ObjectMapper();
        assertThat(tree.readTree(stored)).isEqualTo(tree.readTree(folded));
    }

    @Test
    void aCorrectionInTheBatchOfTheDevelopmentItCorrectsFindsIt() {
        var track = new TrackId("projector-batch-correction");
        var exchange = SampleEvents.exchanged(track, 2);
        var replacement = new HostageListExchanged(SampleEvents.metadata(track, 2, "2025-10-07T00:00:00Z", Precision.DAY),
                exchange.from(), exchange.to(), List.of(SampleEvents.EGYPT), exchange.lists());
        var correction = new EventCorrected(recordedLater(SampleEvents.metadata(track, 3, "2025-10-10T00:00:00Z", Precision.DAY)),
                exchange.metadata().eventId(), "Qatar did not pass the lists on", replacement);

        transaction.executeWithoutResult(status -> {
            projector.apply(SampleEvents.announced(track));
            projector.apply(exchange);
            projector.apply(correction);
            projector.apply(SampleEvents.joined(track, 4));
        });

        assertThat(amendment(exchange.metadata().eventId())).isEqualTo("corrected");
        assertThat(jdbc.sql("SELECT occurred_at FROM track_development WHERE event_id = ?").param(exchange.metadata().eventId())
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(java.time.Instant.parse("2025-10-07T00:00:00Z"));
        assertThat(jdbc.sql("SELECT count(*) FROM development_version WHERE event_id = ?").param(exchange.metadata().eventId())
                .query(Long.class).single()).as("the original and its replacement").isEqualTo(2);
        assertThat(version(track)).isEqualTo(4);
        assertStoredStateIsTheFoldOf(track, List.of(SampleEvents.announced(track), exchange, correction,
                SampleEvents.joined(track, 4)));
    }

    @Test
    void aRetractionInTheBatchOfTheDevelopmentItRetractsFindsItsVersion() {
        var track = new TrackId("projector-batch-retraction");
        var exchange = SampleEvents.exchanged(track, 2);
        var retraction = new EventRetracted(recordedLater(SampleEvents.metadata(track, 3, "2025-10-10T00:00:00Z", Precision.DAY)),
                exchange.metadata().eventId(), "No exchange took place");

        transaction.executeWithoutResult(status -> {
            projector.apply(SampleEvents.announced(track));
            projector.apply(exchange);
            projector.apply(retraction);
        });

        assertThat(amendment(exchange.metadata().eventId())).isEqualTo("retracted");
        assertThat(jdbc.sql("SELECT retracted FROM development_version WHERE event_id = ? ORDER BY known_from")
                .param(exchange.metadata().eventId()).query(Boolean.class).list())
                .as("the original, then retracted from the retraction on").containsExactly(false, true);
        assertThat(exchanges(track)).isZero();
        assertThat(version(track)).isEqualTo(3);
    }

    @Test
    void aBatchOfManyTracksStoresEachAsItsHistoryFolds() {
        var tracks = new java.util.ArrayList<TrackId>();
        for (int i = 0; i < 12; i++) {
            tracks.add(new TrackId("projector-batch-many-" + i));
        }
        // interleaved, as a poll of several partitions delivers them; the second half already exists
        tracks.subList(6, 12).forEach(track -> apply(SampleEvents.announced(track)));
        transaction.executeWithoutResult(status -> {
            tracks.subList(0, 6).forEach(track -> projector.apply(SampleEvents.announced(track)));
            for (long sequence = 2; sequence <= 5; sequence++) {
                for (var track : tracks) {
                    projector.apply(sequence % 2 == 0 ? SampleEvents.joined(track, sequence) : SampleEvents.exchanged(track, sequence));
                }
            }
        });

        for (var track : tracks) {
            assertThat(version(track)).as("version of %s", track.value()).isEqualTo(5);
            assertThat(jdbc.sql("SELECT count(*) FROM track_development WHERE track_id = ?").param(track.value())
                    .query(Long.class).single()).isEqualTo(5);
            assertThat(jdbc.sql("SELECT count(*) FROM development_version WHERE track_id = ?").param(track.value())
                    .query(Long.class).single()).isEqualTo(5);
            assertStoredStateIsTheFoldOf(track, List.of(SampleEvents.announced(track), SampleEvents.joined(track, 2),
                    SampleEvents.exchanged(track, 3), SampleEvents.joined(track, 4), SampleEvents.exchanged(track, 5)));
        }
    }

    @Test
    void eventsAppliedBeforeOrEarlierInTheSameBatchAreSkipped() {
        var track = new TrackId("projector-batch-replay");
        apply(SampleEvents.announced(track));
        apply(SampleEvents.joined(track, 2));

        var changed = transaction.execute(status -> List.of(
                projector.apply(SampleEvents.joined(track, 2)),
                projector.apply(SampleEvents.exchanged(track, 3)),
                projector.apply(SampleEvents.exchanged(track, 3)),
                projector.apply(SampleEvents.exchanged(track, 4))));

        assertThat(changed).containsExactly(false, true, false, true);
        assertThat(version(track)).isEqualTo(4);
        assertThat(exchanges(track)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM development_version WHERE track_id = ?").param(track.value())
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void aFlushWritesTheBatchSoFarInsideItsTransaction() {
        var track = new TrackId("projector-batch-flush");

        var seen = transaction.execute(status -> {
            projector.apply(SampleEvents.announced(track));
            projector.apply(SampleEvents.joined(track, 2));
            projector.flush();
            return jdbc.sql("SELECT version FROM track_view WHERE track_id = ?").param(track.value()).query(Long.class).single();
        });

        assertThat(seen).as("the state as it stood at the flush").isEqualTo(2);
    }

    @Test
    void aBatchTheDatabaseRefusesLeavesNothingBehind() {
        var track = new TrackId("projector-batch-refused");
        var valid = SampleEvents.announced(track);
        var refused = new dev.parley.timeline.contract.track.TrackAnnounced(valid.metadata(), "Sharm\u0000el-Sheikh",
                valid.kind(), valid.host(), valid.venue(), valid.format(), valid.purpose(), valid.expectedAt());
        var other = new TrackId("projector-batch-refused-other");

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            projector.apply(SampleEvents.announced(other));
            projector.apply(refused);
            projector.flush();
        })).isInstanceOf(org.springframework.dao.DataAccessException.class);

        assertThat(jdbc.sql("SELECT count(*) FROM track_view WHERE track_id IN (?, ?)").params(track.value(), other.value())
                .query(Long.class).single()).isZero();
        // the retried batch starts from the store
        apply(SampleEvents.announced(other));
        assertThat(version(other)).isEqualTo(1);
    }

    /** Recorded a day after the samples, so that its versions are known from a time of their own. */
    private static dev.parley.timeline.contract.track.EventMetadata recordedLater(dev.parley.timeline.contract.track.EventMetadata m) {
        return new dev.parley.timeline.contract.track.EventMetadata(m.eventId(), m.trackId(), m.sequence(), m.occurredAt(),
                m.occurredAtPrecision(), m.recordedAt().plus(java.time.Duration.ofDays(1)), m.recordedBy(), m.sources(),
                m.confidence(), m.summary(), m.correlationId(), m.causationId());
    }

    private void assertStoredStateIsTheFoldOf(TrackId track, List<dev.parley.timeline.contract.track.TrackEvent> events) {
        try {
            var folded = TimelineJson.newMapper().writeValueAsString(TrackHistory.of(events).state());
            var stored = jdbc.sql("SELECT state::text FROM track_view WHERE track_id = ?").param(track.value())
                    .query(String.class).single();
            var tree = new ObjectMapper();
            assertThat(tree.readTree(stored)).as("state of %s", track.value()).isEqualTo(tree.readTree(folded));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private String amendment(java.util.UUID eventId) {
        return jdbc.sql("SELECT amendment FROM track_development WHERE event_id = ?").param(eventId)
                .query(String.class).single();
    }
}
