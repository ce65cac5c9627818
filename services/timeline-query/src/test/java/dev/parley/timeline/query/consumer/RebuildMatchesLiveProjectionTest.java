package dev.parley.timeline.query.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.contract.json.TimelineJson;
import dev.parley.timeline.contract.state.TrackHistory;
import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.query.QueryTestApplication;
import dev.parley.timeline.query.TopicFedTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The live consumer and a rebuild cut the same topic into different batches (the live one here
 * takes a backlog, corrections and retractions in the batch of what they amend), and both write
 * each batch's rows together: the tables they leave must hold the same rows, and the state the
 * history folds to.
 */
// a context (database and topic) of its own: a rebuild reads the whole topic, and the test compares whole tables
@SpringBootTest(classes = QueryTestApplication.class, properties = "parley.test.context=rebuild-matches-live")
class RebuildMatchesLiveProjectionTest extends TopicFedTest {

    private static final String ROWS = """
            SELECT (SELECT string_agg(t::text, E'\\n' ORDER BY track_id) FROM track_view t)
                || (SELECT string_agg(d::text, E'\\n' ORDER BY event_id) FROM track_development d)
                || (SELECT string_agg(v::text, E'\\n' ORDER BY event_id, known_from) FROM development_version v)""";

    @Autowired
    TimelineConsumer live;

    @Autowired
    ProjectionRebuild rebuild;

    @Test
    void aRebuildWritesTheRowsTheLiveProjectionWrote() throws Exception {
        List<TrackEvent> events = new ArrayList<>(SampleEvents.all());
        var tracks = List.of(new TrackId("rebuild-match-a"), new TrackId("rebuild-match-b"), new TrackId("rebuild-match-c"));
        tracks.forEach(track -> events.add(SampleEvents.announced(track)));
        for (long sequence = 2; sequence <= 40; sequence++) {
            for (var track : tracks) {
                events.add(sequence % 3 == 0 ? SampleEvents.joined(track, sequence) : SampleEvents.exchanged(track, sequence));
            }
        }
        // a backlog: the live consumer takes it in a few large batches
        live.stop();
        try (var writer = topicWriter()) {
            writer.publish(events.toArray(TrackEvent[]::new));
        }
        live.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> version(SampleEvents.SHARM) == SampleEvents.all().size()
                && tracks.stream().allMatch(track -> version(track) == 40));
        var liveRows = jdbc.sql(ROWS).query(String.class).single();

        rebuild.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild.progress().running());
        assertThat(rebuild.progress().state()).isEqualTo("done");
        // two readers share the topic's three partitions; together they read every record once
        assertThat(rebuild.progress().applied()).as("records applied by the readers").isEqualTo(events.size());
        assertThat(rebuild.progress().total()).isEqualTo(events.size());

        assertThat(jdbc.sql(ROWS).query(String.class).single()).isEqualTo(liveRows);
        var folded = TimelineJson.newMapper().writeValueAsString(TrackHistory.of(SampleEvents.all()).state());
        var stored = jdbc.sql("SELECT state::text FROM track_view WHERE track_id = ?").param(SampleEvents.SHARM.value())
                .query(String.class).single();
        var tree = new ObjectMapper();
        assertThat(tree.readTree(stored)).isEqualTo(tree.readTree(folded));
        assertThat(jdbc.sql("SELECT count(*) FROM track_development WHERE amendment IS NOT NULL").query(Long.class).single())
                .as("the corrected and the retracted development").isEqualTo(2);
    }
}
