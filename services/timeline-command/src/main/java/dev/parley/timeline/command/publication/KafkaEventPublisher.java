package dev.parley.timeline.command.publication;

import dev.parley.timeline.contract.cloudevents.TimelineCloudEvents;
import dev.parley.timeline.contract.track.TrackEvent;
import io.cloudevents.CloudEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Publishes every stored event to the timeline topic. Sends of one batch go out together; the
 * batch's token is stored only after the broker acknowledged every send, so a crash re-publishes
 * (at least once, {@code ce_id} deduplicates) and never loses an event.
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
class KafkaEventPublisher {

    static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING_SENDS = KafkaEventPublisher.class.getName() + ".pending";

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final TimelineCloudEvents cloudEvents;
    private final TimelineTopic topic;

    KafkaEventPublisher(KafkaTemplate<String, CloudEvent> kafka, TimelineCloudEvents cloudEvents, TimelineTopic topic) {
        this.kafka = kafka;
        this.cloudEvents = cloudEvents;
        this.topic = topic;
    }

    @EventHandler
    void on(TrackEvent event, UnitOfWork<?> unitOfWork) {
        topic.ensureExists();
        var record = new ProducerRecord<>(topic.name(), event.trackId().value(), cloudEvents.toCloudEvent(event));
        pendingSends(unitOfWork).add(kafka.send(record));
    }

    private static List<CompletableFuture<SendResult<String, CloudEvent>>> pendingSends(UnitOfWork<?> unitOfWork) {
        var root = unitOfWork.root();
        return root.getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<SendResult<String, CloudEvent>>> sends = new ArrayList<>();
            root.onPrepareCommit(uow -> awaitAll(sends));
            return sends;
        });
    }

    private static void awaitAll(List<CompletableFuture<SendResult<String, CloudEvent>>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing to Kafka", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not acknowledge a publication; the batch will be retried", e.getCause());
        }
    }
}
