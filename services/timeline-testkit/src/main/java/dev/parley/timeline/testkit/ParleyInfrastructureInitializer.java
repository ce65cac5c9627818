package dev.parley.timeline.testkit;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at the shared test PostgreSQL and Kafka, with a database, a topic
 * and a consumer group of its own, and gives it the {@link TestApiKeys}. Use with
 * {@code @ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)}.
 */
public class ParleyInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Several partitions, so tests see tracks spread over partitions as in production. */
    public static final int PARTITIONS = 3;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var postgres = TestInfrastructure.postgres();
        var kafka = TestInfrastructure.kafka();
        var topic = kafka.uniqueName("parley.timeline.events");
        // created up front so a consumer subscribing before the first publication is assigned at once
        kafka.createTopic(topic, PARTITIONS);
        TestPropertyValues.of(
                        "spring.datasource.url=" + postgres.createDatabase(),
                        "spring.datasource.username=" + postgres.username(),
                        "spring.datasource.password=" + postgres.password(),
                        "spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                        "parley.timeline.topic.name=" + topic,
                        "parley.timeline.query.topic=" + topic,
                        "parley.timeline.query.consumer-group=" + kafka.uniqueName("parley-query"),
                        "axon.axonserver.enabled=false")
                .and(TestApiKeys.properties())
                .applyTo(context);
    }
}
