package org.examsuite.platform.events;

import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.examsuite.events.EventType;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How every consumer takes an event: read it against its contract, then apply it once. Poison
 * events fail at once (to the dead-letter topic); anything else, such as the database being briefly
 * away, is retried with back-off before the record is given up on.
 */
@ApplicationScoped
public class EventConsumption {

    @Inject
    IncomingEventReader reader;

    @Inject
    IdempotentEventApplier applier;

    @Retry(maxRetries = -1, delay = 200, maxDuration = 10, durationUnit = ChronoUnit.MINUTES,
            abortOn = PoisonEventException.class)
    @ExponentialBackoff(maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public boolean consume(String consumer, ConsumerRecord<String, String> record, Set<EventType> accepted,
            Consumer<IncomingEvent> effect) {
        IncomingEvent event = reader.read(record, accepted);
        return applier.applyOnce(consumer, event, effect);
    }
}
