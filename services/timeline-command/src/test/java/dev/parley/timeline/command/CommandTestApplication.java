package dev.parley.timeline.command;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The write side alone, as a Boot application for tests. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(CommandServiceConfiguration.class)
public class CommandTestApplication {
}
