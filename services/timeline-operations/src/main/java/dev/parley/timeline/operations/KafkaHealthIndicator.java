package dev.parley.timeline.operations;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;

/**
 * {@code kafka} in health and readiness: {@code UP} while the cluster answers, else
 * {@value #DEGRADED_CODE}. Not {@code DOWN}: without Kafka both services still do their job
 * (commands are stored and published later, reads answer from the projection), so an
 * orchestrator must keep sending them traffic. {@code DEGRADED} is mapped to HTTP 200 and ranks
 * between {@code OUT_OF_SERVICE} and {@code UP} (see {@code parley-operations-defaults.properties}).
 */
public class KafkaHealthIndicator implements HealthIndicator, DisposableBean {

    public static final String DEGRADED_CODE = "DEGRADED";
    static final Status DEGRADED = new Status(DEGRADED_CODE, "Kafka unreachable: events are stored but not published or "
            + "projected until it returns");
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final KafkaProperties kafka;
    private Admin admin;

    public KafkaHealthIndicator(KafkaProperties kafka) {
        this.kafka = kafka;
    }

    @Override
    public Health health() {
        try {
            var nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes().get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
            return Health.up().withDetail("brokers", nodes.size()).build();
        } catch (ExecutionException | TimeoutException e) {
            var cause = e instanceof ExecutionException ? e.getCause() : e;
            return Health.status(DEGRADED).withDetail("error", cause.getClass().getSimpleName() + ": " + cause.getMessage())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    /** One client for every probe; it reconnects by itself when the cluster comes back. */
    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(kafka.buildAdminProperties(null));
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
