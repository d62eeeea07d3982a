package org.examsuite.content.events;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.examsuite.content.search.SearchIndex;
import org.examsuite.events.EventType;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.events.content.TopicRetractedV1;
import org.examsuite.platform.events.IncomingEvent;
import org.examsuite.platform.events.IncomingEventReader;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps this replica's search index in step with what any replica publishes. Each replica reads
 * content.topics in a consumer group of its own (see application.properties), so every replica
 * sees every publication; the index ignores versions older than the one it holds.
 */
@ApplicationScoped
public class SearchIndexUpdater {

    @Inject
    IncomingEventReader reader;

    @Inject
    SearchIndex index;

    @Incoming("search-index")
    @Blocking
    public void onTopicEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = reader.read(record, Set.of(EventType.TOPIC_PUBLISHED_V1, EventType.TOPIC_RETRACTED_V1));
        if (event.type() == EventType.TOPIC_PUBLISHED_V1) {
            index.index(event.payloadAs(TopicPublishedV1.class));
        } else {
            TopicRetractedV1 retracted = event.payloadAs(TopicRetractedV1.class);
            index.remove(retracted.topicId(), retracted.version());
        }
    }
}
