package dev.parley.timeline.testkit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/** A Kafka broker for tests. Each test context gets topics and groups of its own names. */
public record KafkaServer(String kind, String bootstrapServers) {

    private static final AtomicInteger NAMES = new AtomicInteger();

    /** A topic or group name no other test context of this JVM uses. */
    public String uniqueName(String prefix) {
        return prefix + "." + ProcessHandle.current().pid() + "." + NAMES.incrementAndGet();
    }

    public void createTopic(String name, int partitions) {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating topic " + name, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topic " + name, e.getCause());
        }
    }
}
