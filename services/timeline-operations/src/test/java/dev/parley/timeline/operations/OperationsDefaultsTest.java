package dev.parley.timeline.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.servlet.DispatcherServlet;

/** The defaults both services take from {@code parley-operations-defaults.properties}. */
class OperationsDefaultsTest {

    private final WebApplicationContextRunner services = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DispatcherServletAutoConfiguration.class, KafkaAutoConfiguration.class))
            .withUserConfiguration(OperationsConfiguration.class);

    @Test
    void requestsPublishNoApplicationEventThatNothingListensTo() {
        services.run(context -> assertThat(ReflectionTestUtils.getField(context.getBean(DispatcherServlet.class), "publishEvents"))
                .isEqualTo(false));
    }

    @Test
    void anApplicationMayStillAskForThem() {
        services.withPropertyValues("spring.mvc.publish-request-handled-events=true")
                .run(context -> assertThat(ReflectionTestUtils.getField(context.getBean(DispatcherServlet.class), "publishEvents"))
                        .isEqualTo(true));
    }
}
