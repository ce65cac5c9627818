package dev.parley.timeline.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;

/** With no broker to answer, {@code kafka} is DEGRADED, not DOWN: the services still do their job. */
class KafkaHealthIndicatorTest {

    @Test
    void aClusterThatDoesNotAnswerIsDegradedWithTheReason() throws IOException {
        var kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of("localhost:" + closedPort()));
        var indicator = new KafkaHealthIndicator(kafka);
        try {
            var health = indicator.health();

            assertThat(health.getStatus().getCode()).isEqualTo(KafkaHealthIndicator.DEGRADED_CODE);
            assertThat(health.getDetails()).containsKey("error");
        } finally {
            indicator.destroy();
        }
    }

    /** A port nobody listens on any more. */
    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
