package org.examsuite.platform.events;

import java.time.Instant;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Applies an event's effect at most once per consumer: the effect and the record of the event id
 * commit together, so a redelivered or duplicated event changes nothing.
 */
@ApplicationScoped
public class IdempotentEventApplier {

    /** Returns false when this consumer had already applied the event. */
    @Transactional
    public boolean applyOnce(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
        ProcessedEvent.Key key = new ProcessedEvent.Key(consumer, event.id());
        if (ProcessedEvent.findById(key) != null) {
            return false;
        }
        effect.accept(event);
        ProcessedEvent processed = new ProcessedEvent();
        processed.key = key;
        processed.eventType = event.type().ceType();
        processed.processedAt = Instant.now();
        processed.persist();
        return true;
    }
}
