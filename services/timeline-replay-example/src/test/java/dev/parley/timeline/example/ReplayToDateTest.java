package dev.parley.timeline.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.timeline.contract.cloudevents.TimelineCloudEvents;
import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.ActorKind;
import dev.parley.timeline.contract.track.AssessmentReported;
import dev.parley.timeline.contract.track.Confidence;
import dev.parley.timeline.contract.track.EventCorrected;
import dev.parley.timeline.contract.track.EventMetadata;
import dev.parley.timeline.contract.track.ExchangedList;
import dev.parley.timeline.contract.track.HostageListExchanged;
import dev.parley.timeline.contract.track.ListKind;
import dev.parley.timeline.contract.track.Mood;
import dev.parley.timeline.contract.track.ParticipantJoined;
import dev.parley.timeline.contract.track.ParticipantRole;
import dev.parley.timeline.contract.track.Precision;
import dev.parley.timeline.contract.track.Source;
import dev.parley.timeline.contract.track.TrackAnnounced;
import dev.parley.timeline.contract.track.TrackEvent;
import dev.parley.timeline.contract.track.TrackId;
import dev.parley.timeline.contract.track.TrackKind;
import dev.parley.timeline.testkit.TestInfrastructure;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The example service against a real broker: a history with a late report, a correction and a
 * duplicate delivery is replayed to past dates in both meanings, and the printed states are the
 * ones those dates call for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayToDateTest {

    private static final TrackId SHARM = new TrackId("sharm-el-sheikh-talks");
    private static final Actor EGYPT = new Actor("egypt", "Egypt", ActorKind.STATE, "EG");
    private static final Actor QATAR = new Actor("qatar", "Qatar", ActorKind.STATE, "QA");
    private static final Actor HAMAS = new Actor("hamas", "Hamas", ActorKind.ARMED_GROUP, "PS");

    private String bootstrapServers;
    private String topic;

    private static EventMetadata metadata(int sequence, String occurred, String recorded) {
        return new EventMetadata(UUID.nameUUIDFromBytes(("replay/" + sequence).getBytes()), SHARM, sequence,
                Instant.parse(occurred + "T00:00:00Z"), Precision.DAY, Instant.parse(recorded), "editor",
                List.of(new Source("Reuters", null, null, null)), Confidence.REPORTED, null, UUID.randomUUID(), null);
    }

    private static HostageListExchanged exchange(EventMetadata metadata, List<Actor> mediators) {
        return new HostageListExchanged(metadata, HAMAS, null, mediators, List.of(new ExchangedList(ListKind.HOSTAGES, null)));
    }

    @BeforeAll
    void publishAHistory() throws Exception {
        var kafka = TestInfrastructure.kafka();
        bootstrapServers = kafka.bootstrapServers();
        topic = kafka.uniqueName("replay-example");
        kafka.createTopic(topic, 3);
        var exchanged = metadata(2, "2025-10-08", "2025-10-08T18:00:00Z");
        var exchange = exchange(exchanged, List.of(EGYPT, QATAR));
        var misdated = metadata(6, "2025-10-20", "2025-10-20T09:00:00Z");
        var redated = new EventMetadata(misdated.eventId(), SHARM, 6, Instant.parse("2025-10-07T00:00:00Z"), Precision.DAY,
                Instant.parse("2025-10-21T09:00:00Z"), "editor", misdated.sources(), Confidence.REPORTED, null,
                UUID.randomUUID(), null);
        List<TrackEvent> events = List.of(
                new TrackAnnounced(metadata(1, "2025-10-06", "2025-10-06T10:00:00Z"), "Sharm el-Sheikh indirect talks",
                        TrackKind.INDIRECT_TALKS, EGYPT, null, null, null, null),
                exchange,
                exchange, // delivered twice, as at-least-once delivery may
                new AssessmentReported(metadata(3, "2025-10-08", "2025-10-08T19:00:00Z"), Mood.OPTIMISTIC, HAMAS, null),
                // occurred on Monday, recorded on Friday
                new ParticipantJoined(metadata(4, "2025-10-06", "2025-10-10T09:00:00Z"), QATAR, ParticipantRole.MEDIATOR, List.of()),
                new EventCorrected(metadata(5, "2025-10-11", "2025-10-11T09:00:00Z"), exchanged.eventId(), "Qatar passed no list",
                        exchange(exchanged, List.of(EGYPT))),
                // first dated the 20th, then corrected to the 7th: it belongs before the 8th
                new AssessmentReported(misdated, Mood.PESSIMISTIC, EGYPT, null),
                new EventCorrected(metadata(7, "2025-10-21", "2025-10-21T09:00:00Z"), misdated.eventId(), "it was the 7th",
                        new AssessmentReported(redated, Mood.PESSIMISTIC, EGYPT, null)));
        var cloudEvents = new TimelineCloudEvents();
        try (var producer = new KafkaProducer<String, CloudEvent>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class))) {
            for (var event : events) {
                producer.send(new ProducerRecord<>(topic, event.trackId().value(), cloudEvents.toCloudEvent(event))).get();
            }
        }
    }

    private String replay(String until, String meaning) {
        var out = new StringWriter();
        int exit = ReplayToDate.run(new PrintWriter(out), "--bootstrap-servers", bootstrapServers, "--topic", topic,
                "--until", until, "--meaning", meaning);
        assertThat(exit).as(out.toString()).isZero();
        return out.toString();
    }

    @Test
    void asOfTheDayBeforeTheExchangeThereIsNoneButTheLateReportedMediatorIs() {
        var printed = replay("2025-10-07", "occurred");

        assertThat(printed).contains("sharm-el-sheikh-talks: Sharm el-Sheikh indirect talks (indirect-talks), announced");
        assertThat(printed).contains("participants: qatar (mediator)").contains("exchanges: 0");
        assertThat(printed).as("a correction moved Egypt's assessment to the 7th").contains("latest mood: pessimistic (egypt)");
    }

    @Test
    void asOfTheDayOfTheExchangeItShowsOnceAndAsCorrected() {
        var printed = replay("2025-10-08", "occurred");

        assertThat(printed).contains("exchanges: 1 via egypt\n").contains("latest mood: optimistic (hamas)");
    }

    @Test
    void asKnownOnThursdayTheLateReportAndTheCorrectionAreUnknown() {
        var printed = replay("2025-10-09", "recorded");

        assertThat(printed).contains("participants: \n").contains("exchanges: 1 via egypt+qatar");
    }

    @Test
    void beforeTheAnnouncementThereIsNoTrackToPrint() {
        assertThat(replay("2025-10-05", "occurred")).doesNotContain("sharm-el-sheikh-talks");
    }
}
