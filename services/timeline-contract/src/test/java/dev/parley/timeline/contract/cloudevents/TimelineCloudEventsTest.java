package dev.parley.timeline.contract.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.timeline.contract.json.TimelineJson;
import dev.parley.timeline.contract.track.ActorKind;
import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.TrackEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TimelineCloudEventsTest {

    private final TimelineCloudEvents cloudEvents = new TimelineCloudEvents();

    @Test
    void attributesFollowTheContract() {
        TrackEvent event = SampleEvents.exchanged();

        var cloudEvent = cloudEvents.toCloudEvent(event);

        assertThat(cloudEvent.getId()).isEqualTo(event.metadata().eventId().toString());
        assertThat(cloudEvent.getSource()).isEqualTo(URI.create("/tracks/sharm-el-sheikh-talks"));
        assertThat(cloudEvent.getType()).isEqualTo("dev.parley.timeline.hostage-list-exchanged.v2");
        assertThat(cloudEvent.getSubject()).isEqualTo("sharm-el-sheikh-talks");
        assertThat(cloudEvent.getTime()).hasToString("2025-10-08T00:00Z");
        assertThat(cloudEvent.getExtension("recordedtime")).hasToString("2025-10-09T08:15:30Z");
        assertThat(cloudEvent.getExtension("sequence")).isEqualTo("0000000000000000003");
        assertThat(cloudEvent.getDataContentType()).isEqualTo("application/json");
        assertThat(new String(cloudEvent.getData().toBytes(), StandardCharsets.UTF_8))
                .contains("\"type\":\"hostage-list-exchanged\"", "\"cameoCode\":\"064\"", "\"occurredAt\":\"2025-10-08T00:00:00Z\"");
    }

    @Test
    void anEventAsStoredGivesTheSameCloudEventWithoutBeingRead() throws Exception {
        TrackEvent event = SampleEvents.exchanged();
        byte[] stored = TimelineJson.newMapper().writeValueAsBytes(event);

        var fromObject = cloudEvents.toCloudEvent(event);
        var fromStored = cloudEvents.toCloudEvent(event.getClass(), stored);

        assertThat(fromStored).isEqualTo(fromObject);
        assertThat(fromStored.getData().toBytes()).as("the stored JSON itself").isEqualTo(stored);
    }

    @Test
    void storedJsonWithItsMetadataReorderedGivesTheSameAttributes() {
        TrackEvent event = SampleEvents.exchanged();
        var metadata = event.metadata();
        // as PostgreSQL's jsonb writes it back: other key order, spaces, metadata last
        var stored = ("{\"type\": \"hostage-list-exchanged\", \"metadata\": {\"recordedAt\": \"2025-10-09T08:15:30Z\", "
                + "\"sequence\": 3, \"trackId\": \"sharm-el-sheikh-talks\", \"occurredAt\": \"2025-10-08T00:00:00Z\", "
                + "\"eventId\": \"" + metadata.eventId() + "\", \"summary\": \"Lists exchanged\"}}").getBytes(StandardCharsets.UTF_8);

        var fromStored = cloudEvents.toCloudEvent(event.getClass(), stored);
        var fromObject = cloudEvents.toCloudEvent(event);

        assertThat(fromStored.getAttributeNames()).containsExactlyInAnyOrderElementsOf(fromObject.getAttributeNames());
        for (var attribute : fromObject.getAttributeNames()) {
            assertThat(fromStored.getAttribute(attribute)).as(attribute).isEqualTo(fromObject.getAttribute(attribute));
        }
        assertThat(fromStored.getExtension("recordedtime")).isEqualTo(fromObject.getExtension("recordedtime"));
        assertThat(fromStored.getExtension("sequence")).isEqualTo(fromObject.getExtension("sequence"));
    }

    @Test
    void storedJsonWithoutItsMetadataIsRefusedWithTheTypeNamed() {
        var noMetadata = "{\"type\": \"hostage-list-exchanged\"}".getBytes(StandardCharsets.UTF_8);
        var noSequence = "{\"metadata\": {\"eventId\": \"e\", \"trackId\": \"t\", \"occurredAt\": \"2025-10-08T00:00:00Z\", "
                + "\"recordedAt\": \"2025-10-09T08:15:30Z\"}}";
        Class<? extends TrackEvent> type = SampleEvents.exchanged().getClass();

        assertThatThrownBy(() -> cloudEvents.toCloudEvent(type, noMetadata))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("HostageListExchanged");
        assertThatThrownBy(() -> cloudEvents.toCloudEvent(type, noSequence.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("sequence");
    }

    @Test
    void sequenceOrdersAsTextAsTheSequenceExtensionRequires() {
        assertThat(TimelineCloudEvents.sequenceText(10)).isGreaterThan(TimelineCloudEvents.sequenceText(9));
        assertThat(TimelineCloudEvents.sequenceText(Long.MAX_VALUE)).hasSize(19);
        assertThat(Long.parseLong(TimelineCloudEvents.sequenceText(42))).isEqualTo(42);
    }

    @Test
    void readsBackTheSameEvent() {
        TrackEvent event = SampleEvents.exchanged();

        var readBack = cloudEvents.fromCloudEvent(cloudEvents.toCloudEvent(event));

        assertThat(readBack).isEqualTo(event);
        assertThat(((dev.parley.timeline.contract.track.HostageListExchanged) readBack).from().kind())
                .isEqualTo(ActorKind.ARMED_GROUP);
    }

    @Test
    void unknownTypeIsRefusedWithTheTypeNamed() {
        var foreign = CloudEventBuilder.v1().withId("1").withSource(URI.create("/elsewhere"))
                .withType("com.example.other.v1").withData("{}".getBytes(StandardCharsets.UTF_8)).build();

        assertThatThrownBy(() -> cloudEvents.fromCloudEvent(foreign))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("com.example.other.v1");
    }

    @Test
    void unparseableDataIsRefused() {
        var broken = CloudEventBuilder.v1().withId("2").withSource(URI.create("/tracks/x"))
                .withType("dev.parley.timeline.track-announced.v1")
                .withData("{not json".getBytes(StandardCharsets.UTF_8)).build();

        assertThatThrownBy(() -> cloudEvents.fromCloudEvent(broken))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("unreadable data");
    }
}
