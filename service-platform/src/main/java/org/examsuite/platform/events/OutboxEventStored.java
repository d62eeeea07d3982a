package org.examsuite.platform.events;

import java.util.UUID;

/** Fired when an event enters the outbox; observed after commit to relay it without waiting for the next sweep. */
public record OutboxEventStored(UUID eventId) {
}
