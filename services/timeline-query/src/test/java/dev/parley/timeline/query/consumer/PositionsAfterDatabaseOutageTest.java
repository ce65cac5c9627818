package dev.parley.timeline.query.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.query.QueryTestApplication;
import dev.parley.timeline.query.TopicFedTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A partition whose stored position cannot be read when it is assigned waits for it, instead of
 * starting from Kafka's committed offset, which may lie past events the projection lacks.
 */
@SpringBootTest(classes = QueryTestApplication.class)
@DirtiesContext
class PositionsAfterDatabaseOutageTest extends TopicFedTest {

    @Autowired
    TimelineConsumer consumer;

    @MockitoSpyBean
    ProjectionOffsets offsets;

    @Test
    void aRebuildDuringADatabaseOutageStillReadsFromTheStoredPositions() {
        var track = new TrackId("outage-rebuild");
        try (var writer = topicWriter()) {
            writer.publish(SampleEvents.announced(track), SampleEvents.joined(track, 2), SampleEvents.exchanged(track, 3));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> version(track) == 3);

        // a rebuild: the projection and its positions start over, while Kafka's committed offsets
        // still point past every event
        consumer.stop();
        jdbc.sql("DELETE FROM development_version").update();
        jdbc.sql("DELETE FROM track_development").update();
        jdbc.sql("DELETE FROM track_view").update();
        jdbc.sql("DELETE FROM projection_offset").update();
        // and the database does not answer the first position lookups after the restart
        doThrow(new DataAccessResourceFailureException("database unavailable"))
                .doThrow(new DataAccessResourceFailureException("database unavailable"))
                .doCallRealMethod()
                .when(offsets).nextOffset(anyString(), any());
        consumer.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> version(track) == 3);
        assertThat(jdbc.sql("SELECT count(*) FROM track_development WHERE type = 'hostage-list-exchanged'")
                .query(Long.class).single()).isEqualTo(1);
        doCallRealMethod().when(offsets).nextOffset(anyString(), any());
    }
}
