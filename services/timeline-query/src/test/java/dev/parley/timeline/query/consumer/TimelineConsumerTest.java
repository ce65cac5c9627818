package dev.parley.timeline.query.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.query.QueryTestApplication;
import dev.parley.timeline.query.TopicFedTest;
import dev.parley.timeline.query.TopicWriter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The read side consuming a real broker into a real database, stopped and restarted mid-stream. */
@SpringBootTest(classes = QueryTestApplication.class)
class TimelineConsumerTest extends TopicFedTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    TimelineConsumer consumer;

    @Autowired
    MeterRegistry meters;

    @Value("${parley.timeline.query.consumer-group}")
    String group;

    TopicWriter writer;

    @BeforeEach
    void openWriter() {
        writer = topicWriter();
    }

    @AfterEach
    void closeWriter() {
        writer.close();
        consumer.start();
    }

    /** Developments of one type the projection holds for a track. */
    long developments(String type, TrackId trackId) {
        return jdbc.sql("SELECT count(*) FROM track_development WHERE type = ? AND track_id = ?")
                .params(type, trackId.value()).query(Long.class).single();
    }

    long storedOffsets() {
        return jdbc.sql("SELECT coalesce(sum(next_offset), 0) FROM projection_offset WHERE consumer_group = ?")
                .param(group).query(Long.class).single();
    }

    void awaitVersion(TrackId trackId, long version) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(version(trackId)).isEqualTo(version));
    }

    double redeliveries() {
        return meters.counter(TimelineConsumer.EVENTS_METRIC, "outcome", "redelivered").count();
    }

    /** Kafka's committed offsets are a hint for lag tools only; the consumer must not need them. */
    void forgetKafkaOffsets() throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .map(info -> new TopicPartition(topic, info.partition())).collect(Collectors.toSet());
            await().atMost(PATIENCE).ignoreExceptions()
                    .until(() -> admin.deleteConsumerGroupOffsets(group, partitions).all().get() == null);
        }
    }

    @Test
    void restartedMidStreamResumesWithoutReapplyingOrSkipping() throws Exception {
        var track = new TrackId("consumer-restart");
        writer.publish(SampleEvents.announced(track), SampleEvents.joined(track, 2));
        awaitVersion(track, 2);

        consumer.stop();
        forgetKafkaOffsets();
        writer.publish(SampleEvents.exchanged(track, 3));
        assertThat(version(track)).isEqualTo(2);
        var redeliveriesBefore = redeliveries();
        consumer.start();

        awaitVersion(track, 3);
        assertThat(developments("participant-joined", track)).isEqualTo(1);
        assertThat(developments("hostage-list-exchanged", track)).isEqualTo(1);
        assertThat(redeliveries()).as("nothing was read twice: positions came from the database")
                .isEqualTo(redeliveriesBefore);
    }

    @Test
    void replayFromTheBeginningChangesNoProjection() {
        var track = new TrackId("consumer-replay");
        writer.publish(SampleEvents.announced(track), SampleEvents.joined(track, 2), SampleEvents.exchanged(track, 3));
        awaitVersion(track, 3);
        var offsetsBefore = storedOffsets();

        consumer.stop();
        jdbc.sql("DELETE FROM projection_offset WHERE consumer_group = ?").param(group).update();
        consumer.start();

        // every record is consumed again: the stored positions come back to where they were
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(storedOffsets()).isEqualTo(offsetsBefore));
        assertThat(version(track)).isEqualTo(3);
        assertThat(developments("participant-joined", track)).isEqualTo(1);
        assertThat(developments("hostage-list-exchanged", track)).isEqualTo(1);
    }

    @Test
    void duplicatePublicationIsAppliedOnce() {
        var track = new TrackId("consumer-duplicate");
        // what a publisher that crashed before storing its token does: publish the same event again
        writer.publish(SampleEvents.announced(track), SampleEvents.exchanged(track, 2), SampleEvents.exchanged(track, 2));
        writer.publish(SampleEvents.joined(track, 3));

        awaitVersion(track, 3);
        assertThat(developments("hostage-list-exchanged", track)).isEqualTo(1);
    }
}
