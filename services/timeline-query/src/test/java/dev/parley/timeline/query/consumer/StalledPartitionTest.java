package dev.parley.timeline.query.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.TrackAnnounced;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.query.QueryTestApplication;
import dev.parley.timeline.query.TopicFedTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A well-formed event the projection can never apply stops its partition and turns health DOWN,
 * instead of being skipped (records that are no Parley event at all are dead-lettered instead:
 * {@link PoisonRecordTest}). (Each test gets a fresh context: a stalled partition stays stalled by design.)
 */
@SpringBootTest(classes = QueryTestApplication.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class StalledPartitionTest extends TopicFedTest {

    @Autowired
    ProjectionHealth health;

    @Autowired
    TimelineConsumer consumer;

    @Test
    void sequenceGapStallsThePartitionAndIsReportedInHealth() {
        var track = new TrackId("stalled-gap");
        try (var writer = topicWriter()) {
            writer.publish(SampleEvents.announced(track));
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM track_view WHERE track_id = ?")
                    .param(track.value()).query(Long.class).single() == 1);

            writer.publish(SampleEvents.exchanged(track, 3));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.health().getDetails().values().toString())
                    .contains("track stalled-gap expected sequence 2 but received 3");
        });
        assertThat(version(track)).isEqualTo(1);
    }

    @Test
    void eventTheDatabaseRefusesStallsThePartitionInsteadOfRetryingForever() {
        var track = new TrackId("stalled-nul");
        var refused = announcedWithANul(track);
        try (var writer = topicWriter()) {
            writer.publish(refused);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.stalledPartitions().values().toString()).contains("is refused by the database: 22");
        });
    }

    @Test
    void theRecordTheDatabaseRefusesIsNamedAlthoughItsBatchIsWrittenTogether() {
        var track = new TrackId("stalled-in-a-batch");
        var refused = announcedWithANul(track);
        var others = List.of(new TrackId("stalled-batch-a"), new TrackId("stalled-batch-b"), new TrackId("stalled-batch-c"));
        // stopped while publishing, so that one poll brings the refused record with good ones of every partition
        consumer.stop();
        try (var writer = topicWriter()) {
            for (var other : others) {
                writer.publish(SampleEvents.announced(other), SampleEvents.joined(other, 2));
            }
            writer.publish(refused);
            for (var other : others) {
                writer.publish(SampleEvents.exchanged(other, 3));
            }
        }
        consumer.start();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(health.stalledPartitions().values().toString())
                .contains("event " + refused.metadata().eventId() + " at offset")
                .contains("is refused by the database: 22"));
        assertThat(health.stalledPartitions().values().toString()).as("the server's reason, not the statement and its values")
                .doesNotContain("INSERT", "Sharm");
        assertThat(health.stalledPartitions()).hasSize(1);
        assertThat(version(track)).isZero();
    }

    /** A NUL character: valid JSON and a valid Java string, but PostgreSQL stores no NUL in text. */
    private static TrackAnnounced announcedWithANul(TrackId track) {
        var valid = SampleEvents.announced(track);
        return new TrackAnnounced(valid.metadata(), "Sharm\u0000el-Sheikh", valid.kind(), valid.host(), valid.venue(),
                valid.format(), valid.purpose(), valid.expectedAt());
    }
}
