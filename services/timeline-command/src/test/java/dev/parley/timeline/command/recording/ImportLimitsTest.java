package dev.parley.timeline.command.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.command.CommandTestApplication;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** An import body beyond the configured size is refused whole, before any line is recorded. */
@SpringBootTest(classes = CommandTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.import.max-bytes=400")
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class ImportLimitsTest {

    private static final String LINE = "{\"trackId\": \"limit-track\", \"type\": \"track-announced\", \"name\": \"Limit\","
            + " \"kind\": \"summit\", \"occurredAt\": \"2025-10-08\", \"sources\": [{\"publisher\": \"Reuters\"}]}\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBodyOverTheLimitIs413AndNothingIsRecorded() throws Exception {
        var reply = TestApiKeys.editor(port).post().uri("/api/v1/commands")
                .header("Content-Type", "application/x-ndjson")
                .body(LINE.repeat(5))
                .exchange((request, response) -> new Object[] {response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()),
                        new ObjectMapper().readTree(response.getBody())});

        assertThat(reply[0]).isEqualTo(413);
        assertThat(reply[1]).isEqualTo("application/problem+json");
        assertThat(reply[2].toString()).contains("parley.import.max-bytes");
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'limit-track'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aBodyWithinTheLimitIsRecorded() {
        var answer = TestApiKeys.editor(port).post().uri("/api/v1/commands")
                .header("Content-Type", "application/x-ndjson")
                .body(LINE.replace("limit-track", "limit-track-small"))
                .retrieve().body(String.class);

        assertThat(answer).contains("\"status\":201").contains("\"summary\"");
    }
}
