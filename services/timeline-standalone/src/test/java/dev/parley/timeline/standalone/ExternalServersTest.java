package dev.parley.timeline.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.timeline.testkit.TestInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.web.client.RestClient;

/** External PostgreSQL and Kafka replace the embedded ones by configuration alone. */
class ExternalServersTest {

    @Test
    void runsOnExternalServersAndStartsNoEmbeddedOnes(@TempDir Path dataDir) throws Exception {
        var postgres = TestInfrastructure.postgres();
        var kafka = TestInfrastructure.kafka();

        try (var running = StandaloneApplication.start(
                "--server.port=0",
                "--parley.standalone.data-dir=" + dataDir,
                "--parley.standalone.embedded-postgres.enabled=false",
                "--parley.standalone.embedded-kafka.enabled=false",
                "--spring.datasource.url=" + postgres.createDatabase(),
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--parley.timeline.topic.name=" + kafka.uniqueName("parley.timeline.events"),
                "--parley.timeline.topic.replication-factor=1")) {
            var port = ((WebServerApplicationContext) running.context()).getWebServer().getPort();
            var api = RestClient.create("http://localhost:" + port);

            await().atMost(Duration.ofSeconds(60)).until(() -> api.get().uri("/api/v1/tracks/sharm-el-sheikh-talks")
                    .exchange((request, response) -> response.getStatusCode().is2xxSuccessful()));
            try (var files = Files.list(dataDir)) {
                assertThat(files).as("no embedded server wrote to the data directory").isEmpty();
            }
        }
    }
}
