package dev.parley.timeline.contract.track;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parley.timeline.contract.json.TimelineJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards the wire format: each event's JSON must equal its approved copy in
 * {@code src/test/resources/approved}. A deliberate change means a new approved file, reviewed
 * like code, and usually a new event version (see docs/events.md).
 */
class EventJsonApprovalTest {

    private static final Path APPROVED = Path.of("src/test/resources/approved");
    private final ObjectMapper mapper = TimelineJson.newMapper().rebuild()
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    static Stream<TrackEvent> events() {
        return SampleEvents.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eventJsonMatchesTheApprovedCopy(TrackEvent event) throws IOException {
        var type = TrackEventType.of(event.getClass());
        var approvedFile = APPROVED.resolve(type.wireName() + ".v" + type.version() + ".json");
        var received = mapper.writeValueAsString(event) + "\n";

        if (!Files.exists(approvedFile)) {
            Files.writeString(approvedFile.resolveSibling(approvedFile.getFileName() + ".received"), received);
        }
        assertThat(approvedFile).as("approved JSON for %s (a .received file was written to review)", type).exists();
        assertThat(received).isEqualTo(Files.readString(approvedFile));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void approvedJsonReadsBackIntoTheSameEvent(TrackEvent event) throws IOException {
        var type = TrackEventType.of(event.getClass());
        var approved = Files.readString(APPROVED.resolve(type.wireName() + ".v" + type.version() + ".json"));

        assertThat(mapper.readValue(approved, type.eventClass())).isEqualTo(event);
    }
}
