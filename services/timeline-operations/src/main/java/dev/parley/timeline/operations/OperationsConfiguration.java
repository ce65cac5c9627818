package dev.parley.timeline.operations;

import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * What both services share for running them: the {@code kafka} health indicator, readiness made
 * of PostgreSQL ({@code db}) and Kafka, liveness of neither, and 503 with {@code Retry-After}
 * while the database is away. Imported by both service configurations; in the standalone app,
 * which imports both, it is one set of beans.
 */
@Configuration(proxyBeanMethods = false)
@Import(DatabaseUnavailableProblems.class)
@PropertySource("classpath:parley-operations-defaults.properties")
public class OperationsConfiguration {

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka) {
        return new KafkaHealthIndicator(kafka);
    }
}
