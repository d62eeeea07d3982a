package org.examsuite.platform.events;

import java.time.Instant;
import java.util.UUID;

import org.examsuite.events.EventJson;
import org.examsuite.events.EventType;

import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The one way a service emits an event about its own state change. The event is stored in the
 * outbox inside the caller's transaction, so it leaves if and only if the change commits; the
 * {@link OutboxRelay} sends it to Kafka after the commit.
 */
@ApplicationScoped
public class EventPublisher {

    @Inject
    Event<OutboxEventStored> stored;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(EventType type, String key, Object payload) {
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(type + " carries " + type.payloadType().getSimpleName()
                    + ", not " + payload.getClass().getSimpleName());
        }
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.eventType = type.ceType();
        event.topic = type.topic().topicName();
        event.messageKey = key;
        event.payload = toJson(payload);
        event.createdAt = Instant.now();
        event.persist();
        stored.fire(new OutboxEventStored(event.eventId));
        return event.eventId;
    }

    private static String toJson(Object payload) {
        try {
            return EventJson.mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event payload cannot be written as JSON", e);
        }
    }
}
