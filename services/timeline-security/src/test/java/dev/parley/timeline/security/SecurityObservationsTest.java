package dev.parley.timeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/** Spring Security's observations: off unless asked for, while security itself works the same either way. */
class SecurityObservationsTest {

    /** Every observation started in the application, by name. */
    @TestConfiguration
    static class RecordedObservations {

        final List<String> started = new CopyOnWriteArrayList<>();

        @Bean
        ObservationRegistry observationRegistry() {
            var registry = ObservationRegistry.create();
            registry.observationConfig().observationHandler(new ObservationHandler<>() {
                @Override
                public void onStart(Observation.Context context) {
                    started.add(context.getName());
                }

                @Override
                public boolean supportsContext(Observation.Context context) {
                    return true;
                }
            });
            return registry;
        }
    }

    abstract static class Calling {

        @LocalServerPort
        int port;

        @Autowired
        RecordedObservations observations;

        @BeforeEach
        void forgetEarlierCalls() {
            observations.started.clear();
        }

        void writeAndRefuse() throws Exception {
            var calls = new Calls(port);
            assertThat(calls.call("POST", "/api/v1/tracks/t/commands", "X-API-Key", "editor-key-0123456789").status())
                    .isEqualTo(200);
            assertThat(calls.call("POST", "/api/v1/tracks/t/commands", "X-API-Key", "wrong-key-0123456789").status())
                    .isEqualTo(401);
        }
    }

    @Nested
    @SpringBootTest(classes = {SecuredTestApplication.class, RecordedObservations.class},
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
                "parley.security.api-keys[0].name=ed-editor",
                "parley.security.api-keys[0].key=editor-key-0123456789",
                "parley.security.api-keys[0].roles=editor"})
    class ByDefault extends Calling {

        @Test
        void noSecurityObservationIsStarted() throws Exception {
            writeAndRefuse();

            assertThat(observations.started).noneMatch(name -> name.startsWith("spring.security."));
        }
    }

    @Nested
    @SpringBootTest(classes = {SecuredTestApplication.class, RecordedObservations.class},
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
                "parley.security.api-keys[0].name=ed-editor",
                "parley.security.api-keys[0].key=editor-key-0123456789",
                "parley.security.api-keys[0].roles=editor",
                SecurityObservations.ENABLED + "=true"})
    class WhenAskedFor extends Calling {

        @Test
        void theFilterChainAndTheAuthorisationsAreObserved() throws Exception {
            writeAndRefuse();

            assertThat(observations.started).contains("spring.security.filterchains", "spring.security.authorizations");
        }
    }
}
