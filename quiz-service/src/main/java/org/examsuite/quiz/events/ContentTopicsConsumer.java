package org.examsuite.quiz.events;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.examsuite.events.EventType;
import org.examsuite.platform.events.EventConsumption;
import org.examsuite.quiz.domain.Catalog;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Keeps the catalog from content.topics; what cannot be used goes to quiz-service.content.topics.dlq. */
@ApplicationScoped
public class ContentTopicsConsumer {

    public static final String CONSUMER = "quiz-service.catalog";

    @Inject
    EventConsumption consumption;

    @Inject
    Catalog catalog;

    @Incoming("content-topics")
    @Blocking
    public void onTopicEvent(ConsumerRecord<String, String> record) {
        consumption.consume(CONSUMER, record, Set.of(EventType.TOPIC_PUBLISHED_V1, EventType.TOPIC_RETRACTED_V1),
                catalog::apply);
    }
}
