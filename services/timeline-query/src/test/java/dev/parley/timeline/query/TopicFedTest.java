package dev.parley.timeline.query;

import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** A read-side test fed through its own topic, as the write side would feed it, with a look at the projection. */
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
public abstract class TopicFedTest {

    @Autowired
    protected JdbcClient jdbc;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;

    @Value("${parley.timeline.query.topic}")
    protected String topic;

    protected TopicWriter topicWriter() {
        return new TopicWriter(bootstrapServers, topic);
    }

    /** The track's projected version, 0 while it is unknown. */
    protected long version(TrackId trackId) {
        return jdbc.sql("SELECT coalesce(max(version), 0) FROM track_view WHERE track_id = ?").param(trackId.value())
                .query(Long.class).single();
    }
}
