package dev.parley.timeline.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
        try (var running = StandaloneApplication.start(ExternalServerArguments.onTestServers(dataDir))) {
            var port = ((WebServerApplicationContext) running.context()).getWebServer().getPort();
            // the standalone's own configuration: anyone may read
            var api = RestClient.create("http://localhost:" + port);

            await().atMost(Duration.ofSeconds(60)).until(() -> api.get().uri("/api/v1/tracks/sharm-el-sheikh-talks")
                    .exchange((request, response) -> response.getStatusCode().is2xxSuccessful()));
            try (var files = Files.list(dataDir)) {
                assertThat(files).as("no embedded server wrote to the data directory").isEmpty();
            }
        }
    }
}
