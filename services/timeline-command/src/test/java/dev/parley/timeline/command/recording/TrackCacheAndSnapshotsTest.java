package dev.parley.timeline.command.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.timeline.command.CommandTestApplication;
import dev.parley.timeline.command.eventstore.TrackCacheConfiguration;
import dev.parley.timeline.command.eventstore.TrackEventRevisionResolver;
import dev.parley.timeline.command.track.Track;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The command side's memory of tracks: a bounded cache of loaded tracks, and snapshots for the
 * tracks it no longer holds. Small numbers here (a snapshot every 5 events, 3 cached tracks) stand
 * for the defaults. Whatever is cached or snapshotted, a command decides on the track's true
 * version.
 */
@SpringBootTest(classes = CommandTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.command.snapshot-every=5", "parley.command.track-cache.max-tracks=3"})
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class TrackCacheAndSnapshotsTest {

    private static final Duration SNAPSHOT_TAKEN = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier(TrackCacheConfiguration.TRACK_CACHE)
    Cache trackCache;

    @Autowired
    EventStore eventStore;

    private CommandApiClient api;

    @BeforeEach
    void client() {
        api = new CommandApiClient(port, jdbc);
    }

    @Test
    void aTrackLongerThanTheThresholdIsSnapshottedAndStillRightOnceNoLongerCached() {
        var trackId = api.announced();
        joins(trackId, 1, 11);
        await().atMost(SNAPSHOT_TAKEN).untilAsserted(() -> assertThat(snapshotSequences(trackId))
                .as("one snapshot, the older replaced").singleElement().satisfies(sequence -> assertThat(sequence).isBetween(9L, 11L)));
        var stored = jdbc.sql("SELECT payload_type, payload_revision FROM snapshot_event_entry WHERE aggregate_identifier = ?")
                .param(trackId).query((row, number) -> List.of(row.getString(1), row.getString(2))).single();
        assertThat(stored).containsExactly(Track.class.getName(), TrackEventRevisionResolver.TRACK_SNAPSHOT_REVISION);
        var firstRead = eventStore.readEvents(trackId).peek();
        assertThat(firstRead.getPayloadType()).as("the track is read from its snapshot").isEqualTo(Track.class);
        assertThat(firstRead.getSequenceNumber()).isEqualTo(snapshotSequences(trackId).get(0));

        trackCache.removeAll();

        var stale = api.post(trackId, CommandDocuments.join("late", "Late", "observer"), "If-Match", "\"11\"");
        assertThat(stale.status()).as("If-Match of an older version, on the track loaded from its snapshot").isEqualTo(412);
        assertThat(stale.headers().getETag()).isEqualTo("\"12\"");
        trackCache.removeAll();
        var current = api.post(trackId, CommandDocuments.join("late", "Late", "observer"), "If-Match", "\"12\"");
        assertThat(current.status()).isEqualTo(201);
        assertThat(current.body().get("version").asLong()).isEqualTo(13);
        trackCache.removeAll();
        var again = api.post(trackId, CommandDocuments.join("late", "Late", "observer"));
        assertThat(again.status()).as("the join is known to the restored track: nothing recorded").isEqualTo(200);
        assertThat(api.storedEvents(trackId)).isEqualTo(13);
    }

    @Test
    void aSnapshotOfAnotherFormatIsPassedOver() {
        var trackId = api.announced();
        joins(trackId, 1, 6);
        await().atMost(SNAPSHOT_TAKEN).until(() -> !snapshotSequences(trackId).isEmpty());
        long snapshot = snapshotSequences(trackId).get(0);
        // the same track, as an older version of Parley would have stored it, and newer. The one
        // snapshot these 7 events trigger may have been taken at any of sequences 4 to 6, so the
        // copy goes one past it rather than at a fixed sequence it could already hold.
        jdbc.sql("""
                INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier, time_stamp,
                        payload_type, payload_revision, payload, meta_data)
                SELECT aggregate_identifier, sequence_number + 1, type, event_identifier || '-old', time_stamp, payload_type,
                        'snapshot-0', payload, meta_data
                FROM snapshot_event_entry WHERE aggregate_identifier = ?""").param(trackId).update();

        assertThat(eventStore.readEvents(trackId).peek().getSequenceNumber()).isEqualTo(snapshot);
        trackCache.removeAll();
        assertThat(api.post(trackId, CommandDocuments.join("late", "Late", "observer"), "If-Match", "\"7\"").status())
                .isEqualTo(201);
    }

    @Test
    void theCacheHoldsNoMoreTracksThanConfigured() {
        List<String> tracks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tracks.add(api.announced());
        }

        assertThat(tracks).filteredOn(trackCache::containsKey).hasSizeLessThanOrEqualTo(3);
        for (var trackId : tracks) {
            assertThat(api.post(trackId, CommandDocuments.join("egypt", "Egypt", "mediator"), "If-Match", "\"1\"").status())
                    .as("an evicted track is read again, at its version").isEqualTo(201);
        }
        assertThat(tracks).filteredOn(trackCache::containsKey).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void aSnapshotThatCannotBeStoredFailsNoCommand() {
        jdbc.sql("""
                CREATE FUNCTION refuse_snapshot() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'no snapshots today';
                END;
                $$""").update();
        jdbc.sql("CREATE TRIGGER snapshots_refused BEFORE INSERT ON snapshot_event_entry FOR EACH ROW EXECUTE FUNCTION refuse_snapshot()")
                .update();
        try {
            var trackId = api.announced();
            joins(trackId, 1, 11);

            assertThat(api.storedEvents(trackId)).isEqualTo(12);
            assertThat(snapshotSequences(trackId)).isEmpty();
        } finally {
            jdbc.sql("DROP TRIGGER snapshots_refused ON snapshot_event_entry").update();
            jdbc.sql("DROP FUNCTION refuse_snapshot()").update();
        }
    }

    /** Records joins {@code from} to {@code to}, each answered 201. */
    private void joins(String trackId, int from, int to) {
        for (int i = from; i <= to; i++) {
            var actor = "actor-" + i;
            assertThat(api.post(trackId, CommandDocuments.join(actor, "Actor " + i, "observer")).status()).as(actor).isEqualTo(201);
        }
    }

    private List<Long> snapshotSequences(String trackId) {
        return jdbc.sql("SELECT sequence_number FROM snapshot_event_entry WHERE aggregate_identifier = ? ORDER BY 1")
                .param(trackId).query(Long.class).list();
    }
}
