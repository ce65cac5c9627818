package dev.parley.timeline.query.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.query.QueryTestApplication;
import dev.parley.timeline.query.TopicFedTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The query side dies in the middle of applying a batch: its database session is killed while the
 * batch's transaction is open (what PostgreSQL sees when the process dies), and the consumer is
 * restarted. It resumes from the positions stored with the data: nothing skipped, nothing applied
 * twice.
 */
// a context (database and topic) of its own: the test counts every row and every position
@SpringBootTest(classes = QueryTestApplication.class, properties = "parley.test.context=killed-mid-batch")
@DirtiesContext
class KilledMidBatchTest extends TopicFedTest {

    private static final List<TrackId> TRACKS = List.of(new TrackId("killed-paris"), new TrackId("killed-sharm"),
            new TrackId("killed-washington"));
    private static final int EVENTS_PER_TRACK = 50;
    /** This test's sessions inserting a development right now, in an open batch transaction. */
    private static final String APPLYING = "FROM pg_stat_activity WHERE datname = current_database() AND state = 'active'"
            + " AND query LIKE 'INSERT INTO track_development%'";

    @Autowired
    TimelineConsumer consumer;

    @Autowired
    ProjectionHealth health;

    @Value("${parley.timeline.query.consumer-group}")
    String group;

    @AfterEach
    void removeSlowdown() {
        jdbc.sql("DROP TRIGGER IF EXISTS slow_apply ON track_development").update();
    }

    @Test
    void aConsumerKilledMidBatchResumesWithNothingSkippedOrAppliedTwice() {
        // each development takes 20 ms to insert, so a batch is in flight long enough to be killed
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION slow_apply() RETURNS trigger AS $$
                BEGIN PERFORM pg_sleep(0.02); RETURN NEW; END $$ LANGUAGE plpgsql""").update();
        jdbc.sql("CREATE TRIGGER slow_apply BEFORE INSERT ON track_development FOR EACH ROW EXECUTE FUNCTION slow_apply()")
                .update();
        List<TrackEvent> events = new ArrayList<>();
        for (var track : TRACKS) {
            events.add(SampleEvents.announced(track));
            for (long sequence = 2; sequence <= EVENTS_PER_TRACK; sequence++) {
                events.add(SampleEvents.exchanged(track, sequence));
            }
        }
        try (var writer = topicWriter()) {
            writer.publish(events.toArray(TrackEvent[]::new));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> applying() > 0);
        long appliedBefore = developments();
        var killed = jdbc.sql("SELECT count(pg_terminate_backend(pid)) " + APPLYING).query(Long.class).single();
        consumer.stop();
        assertThat(killed).as("a session in the middle of a batch was killed").isEqualTo(1);
        assertThat(appliedBefore).as("the kill fell before the end").isLessThan(events.size());
        removeSlowdown();
        consumer.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> developments() == events.size());
        for (var track : TRACKS) {
            assertThat(version(track)).as("projection: version of %s", track.value()).isEqualTo(EVENTS_PER_TRACK);
        }
        assertThat(jdbc.sql("SELECT count(DISTINCT (track_id, sequence)) FROM track_development").query(Long.class).single())
                .as("projection: every (track, sequence) once").isEqualTo(events.size());
        assertThat(jdbc.sql("SELECT count(*) FROM development_version").query(Long.class).single())
                .as("projection: one version per development").isEqualTo(events.size());
        assertThat(jdbc.sql("SELECT sum(next_offset) FROM projection_offset WHERE consumer_group = ?").param(group)
                .query(Long.class).single()).as("positions: past every record on the topic").isEqualTo(events.size());
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    private long developments() {
        return jdbc.sql("SELECT count(*) FROM track_development").query(Long.class).single();
    }

    private long applying() {
        return jdbc.sql("SELECT count(*) " + APPLYING).query(Long.class).single();
    }
}
