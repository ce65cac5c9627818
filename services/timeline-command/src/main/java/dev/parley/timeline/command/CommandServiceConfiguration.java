package dev.parley.timeline.command;

import dev.parley.timeline.operations.OperationsConfiguration;
import dev.parley.timeline.security.SecurityConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * The write side as one importable unit: command API, Track aggregate, event store and Kafka
 * publisher, behind Parley's security. Import it into a Spring Boot application (the standalone
 * launcher does). Its defaults (in {@code parley-command-defaults.properties}) yield to the
 * application's own configuration.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@Import({SecurityConfiguration.class, OperationsConfiguration.class})
@PropertySource("classpath:parley-command-defaults.properties")
public class CommandServiceConfiguration {
}
