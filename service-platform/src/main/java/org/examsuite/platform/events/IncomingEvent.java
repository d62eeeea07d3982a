package org.examsuite.platform.events;

import org.examsuite.events.EventType;

/** An event read off Kafka and checked against its contract: the CloudEvents id and type, the key and the payload. */
public record IncomingEvent(String id, EventType type, String key, Object payload) {

    public <T> T payloadAs(Class<T> payloadType) {
        return payloadType.cast(payload);
    }
}
