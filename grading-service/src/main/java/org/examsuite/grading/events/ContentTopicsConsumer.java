package org.examsuite.grading.events;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.examsuite.events.EventType;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.events.content.TopicRetractedV1;
import org.examsuite.grading.domain.EssayCatalog;
import org.examsuite.platform.events.EventConsumption;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Keeps the essay-question read model in step with content.topics. */
@ApplicationScoped
public class ContentTopicsConsumer {

    static final String CONSUMER = "grading-service/content-topics";

    @Inject
    EventConsumption consumption;

    @Inject
    EssayCatalog catalog;

    @Incoming("content-topics")
    @Blocking
    public void onContentEvent(ConsumerRecord<String, String> record) {
        consumption.consume(CONSUMER, record, Set.of(EventType.TOPIC_PUBLISHED_V1, EventType.TOPIC_RETRACTED_V1), event -> {
            switch (event.type()) {
                case TOPIC_PUBLISHED_V1 -> catalog.apply(event.payloadAs(TopicPublishedV1.class));
                case TOPIC_RETRACTED_V1 -> catalog.retract(event.payloadAs(TopicRetractedV1.class));
            }
        });
    }
}
