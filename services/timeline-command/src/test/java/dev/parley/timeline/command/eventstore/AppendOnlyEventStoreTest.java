package dev.parley.timeline.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.timeline.command.CommandTestApplication;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** The database itself refuses to change or remove a stored event, whoever asks. */
@SpringBootTest(classes = CommandTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
class AppendOnlyEventStoreTest {

    private static final String TRACK = "append-only-track";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void updateDeleteAndTruncateOfEventsAreRefusedAndTheEventStaysAsItWas() {
        TestApiKeys.editor(port).post().uri("/api/v1/tracks/{id}/commands", TRACK)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"type\": \"track-announced\", \"name\": \"Append only\", \"kind\": \"summit\","
                        + " \"occurredAt\": \"2025-10-08\", \"sources\": [{\"publisher\": \"Reuters\"}]}")
                .retrieve().toBodilessEntity();
        var before = payload();

        assertThatThrownBy(() -> jdbc.sql("UPDATE domain_event_entry SET payload = convert_to('{}', 'UTF8') "
                + "WHERE aggregate_identifier = ?").param(TRACK).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("events are never changed or removed: UPDATE");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?").param(TRACK).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("events are never changed or removed: DELETE");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE domain_event_entry").update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("events are never changed or removed: TRUNCATE");

        assertThat(payload()).isEqualTo(before);
    }

    private String payload() {
        return jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(TRACK).query(String.class).single();
    }
}
