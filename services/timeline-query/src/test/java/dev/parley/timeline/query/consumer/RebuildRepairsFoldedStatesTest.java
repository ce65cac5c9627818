package dev.parley.timeline.query.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.query.QueryTestApplication;
import dev.parley.timeline.query.TopicFedTest;
import dev.parley.timeline.query.projection.TrackProjector;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A rebuild repairs a state stored wrong (by an older projector, say) for good: the live projector
 * keeps the states it folded in memory, and after the switch it must fold the next events into
 * the rebuilt state, not into the wrong one it had folded before, although both have the same
 * version.
 */
// a context (database and topic) of its own: a rebuild reads the whole topic
@SpringBootTest(classes = QueryTestApplication.class, properties = "parley.test.context=rebuild-folded-states")
class RebuildRepairsFoldedStatesTest extends TopicFedTest {

    private static final TrackId TRACK = new TrackId("rebuild-repairs-sharm");

    @Autowired
    ProjectionRebuild rebuild;

    @Autowired
    TrackProjector projector;

    @Autowired
    TimelineConsumer live;

    @Test
    void aRebuiltStateIsWhatTheNextEventsFoldInto() {
        try (var writer = topicWriter()) {
            writer.publish(SampleEvents.announced(TRACK), SampleEvents.joined(TRACK, 2));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> version(TRACK) == 2);
        // the state was stored wrong, and the process restarted (nothing in memory)
        live.stop();
        jdbc.sql("UPDATE track_view SET state = jsonb_set(state::jsonb, '{name}', '\"stored wrong\"')::text WHERE track_id = ?")
                .param(TRACK.value()).update();
        projector.forgetFoldedStates();
        live.start();
        try (var writer = topicWriter()) {
            writer.publish(SampleEvents.exchanged(TRACK, 3));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> version(TRACK) == 3);
        assertThat(storedName()).as("the live projection folded into the wrong state").isEqualTo("stored wrong");

        rebuild.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> !rebuild.progress().running());
        assertThat(rebuild.progress().state()).isEqualTo("done");
        assertThat(storedName()).as("rebuilt").isEqualTo(SampleEvents.announced(TRACK).name());

        try (var writer = topicWriter()) {
            writer.publish(SampleEvents.exchanged(TRACK, 4));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> version(TRACK) == 4);
        assertThat(storedName()).as("folded into the rebuilt state").isEqualTo(SampleEvents.announced(TRACK).name());
        assertThat(jdbc.sql("SELECT jsonb_array_length(state::jsonb -> 'exchanges') FROM track_view WHERE track_id = ?")
                .param(TRACK.value()).query(Integer.class).single()).isEqualTo(2);
    }

    private String storedName() {
        return jdbc.sql("SELECT state::jsonb ->> 'name' FROM track_view WHERE track_id = ?").param(TRACK.value())
                .query(String.class).single();
    }
}
