package dev.parley.timeline.query;

import dev.parley.timeline.operations.OperationsConfiguration;
import dev.parley.timeline.query.consumer.QueryConsumerProperties;
import dev.parley.timeline.security.SecurityConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * The read side as one importable unit: the topic consumer, the projections, the query API and the dashboard, behind Parley's security.
 * Import it into a Spring Boot application (the standalone launcher does).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@Import({SecurityConfiguration.class, OperationsConfiguration.class})
@PropertySource("classpath:parley-query-defaults.properties")
@EnableConfigurationProperties(QueryConsumerProperties.class)
public class QueryServiceConfiguration {
}
