package dev.parley.timeline.contract.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
