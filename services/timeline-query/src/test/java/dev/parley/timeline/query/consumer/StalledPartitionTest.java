package dev.parley.timeline.query.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.TrackAnnounced;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.query.QueryTestApplication;
import dev.parley.timeline.query.TopicFedTest;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A record the projection can never apply stops its partition and turns health DOWN, instead of
 * being skipped. (Each test gets a fresh context: a stalled partition stays stalled by design.)
 */
@SpringBootTest(classes = QueryTestApplication.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class StalledPartitionTest extends TopicFedTest {

    @Autowired
    ProjectionHealth health;

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
        var valid = SampleEvents.announced(track);
        // a NUL character: valid JSON and a valid Java string, but PostgreSQL stores no NUL in text
        var refused = new TrackAnnounced(valid.metadata(), "Sharm\u0000el-Sheikh", valid.kind(), valid.host(),
                valid.venue(), valid.format(), valid.purpose(), valid.expectedAt());
        try (var writer = topicWriter()) {
            writer.publish(refused);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.stalledPartitions().values().toString()).contains("is refused by the database: 22");
        });
    }

    @Test
    void recordThatIsNoCloudEventStallsThePartitionWithItsOffset() {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, "stalled-plain", "{\"hello\": \"world\"}"));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.stalledPartitions().values().toString())
                    .contains("record at offset 0 is not a readable CloudEvent");
        });
    }

    @Test
    void unknownEventTypeStallsThePartitionWithTheTypeNamed() {
        var unknown = CloudEventBuilder.v1().withId("poison-1").withSource(URI.create("/tracks/stalled-unknown"))
                .withType("dev.parley.timeline.alien-landed.v1")
                .withData("application/json", "{}".getBytes(StandardCharsets.UTF_8)).build();
        try (var writer = topicWriter()) {
            writer.send(new ProducerRecord<>(topic, "stalled-unknown", unknown));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                health.stalledPartitions().values().toString()).contains("dev.parley.timeline.alien-landed.v1"));
    }
}
