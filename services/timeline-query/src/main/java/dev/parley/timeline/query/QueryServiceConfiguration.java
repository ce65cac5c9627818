package dev.parley.timeline.query;

import dev.parley.timeline.query.consumer.QueryConsumerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The read side as one importable unit: the topic consumer, the projections and the query API.
 * Import it into a Spring Boot application (the standalone launcher does).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@PropertySource("classpath:parley-query-defaults.properties")
@EnableConfigurationProperties(QueryConsumerProperties.class)
public class QueryServiceConfiguration {
}
