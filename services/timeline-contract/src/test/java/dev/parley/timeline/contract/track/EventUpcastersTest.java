package dev.parley.timeline.contract.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.contract.cloudevents.TimelineCloudEvents;
import dev.parley.timeline.contract.json.TimelineJson;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Version 1 of hostage-list-exchanged, as stored and published before version 2 renamed
 * {@code via} to {@code mediators}, still reads as the same fact.
 */
class EventUpcastersTest {

    private static final Path STORED_V1 = Path.of("src/test/resources/stored/hostage-list-exchanged.v1.json");

    @Test
    void storedVersionOneJsonUpcastsToTheCurrentEvent() throws IOException {
        var mapper = TimelineJson.newMapper();
        var v1 = (ObjectNode) mapper.readTree(Files.readString(STORED_V1));

        var upcast = EventUpcasters.upcast(TrackEventType.HOSTAGE_LIST_EXCHANGED, 1, v1);

        assertThat(upcast.has("via")).isFalse();
        assertThat(mapper.treeToValue(upcast, HostageListExchanged.class)).isEqualTo(SampleEvents.exchanged());
    }

    @Test
    void aVersionOneCloudEventFromTheTopicReadsAsVersionTwo() throws IOException {
        var v1Json = Files.readAllBytes(STORED_V1);
        var published = CloudEventBuilder.v1(new TimelineCloudEvents().toCloudEvent(SampleEvents.exchanged()))
                .withType("dev.parley.timeline.hostage-list-exchanged.v1")
                .withData(TimelineCloudEvents.JSON, v1Json)
                .build();

        assertThat(new TimelineCloudEvents().fromCloudEvent(published)).isEqualTo(SampleEvents.exchanged());
    }

    @Test
    void versionsTheCodeDoesNotKnowAreRefused() {
        var json = TimelineJson.newMapper().createObjectNode();

        assertThatThrownBy(() -> EventUpcasters.upcast(TrackEventType.HOSTAGE_LIST_EXCHANGED, 3, json))
                .hasMessageContaining("has no version 3");
        assertThat(TrackEventType.fromCloudEventType("dev.parley.timeline.hostage-list-exchanged.v3")).isEmpty();
        assertThat(TrackEventType.fromCloudEventType("dev.parley.timeline.hostage-list-exchanged.v1"))
                .contains(new TrackEventType.Versioned(TrackEventType.HOSTAGE_LIST_EXCHANGED, 1));
    }
}
