package dev.parley.timeline.query;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The read side alone, as a Boot application for tests. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(QueryServiceConfiguration.class)
public class QueryTestApplication {
}
