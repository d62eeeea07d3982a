package org.examsuite.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.examsuite.events.CloudEventHeaders;
import org.examsuite.events.EventJson;
import org.examsuite.events.EventSchemas;
import org.examsuite.events.EventType;

import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.enterprise.context.ApplicationScoped;

/** Reads a Kafka record as a CloudEvent of a known type whose payload satisfies the type's schema, or rejects it as poison. */
@ApplicationScoped
public class IncomingEventReader {

    public IncomingEvent read(ConsumerRecord<String, String> record, Set<EventType> accepted) {
        String id = requiredHeader(record, CloudEventHeaders.ID);
        String ceType = requiredHeader(record, CloudEventHeaders.TYPE);
        String specVersion = requiredHeader(record, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new PoisonEventException("Unsupported CloudEvents spec version " + specVersion);
        }
        EventType type = EventType.byCeType(ceType)
                .filter(accepted::contains)
                .orElseThrow(() -> new PoisonEventException("Unknown or unexpected event type " + ceType));
        if (record.value() == null) {
            throw new PoisonEventException("Event " + id + " has no payload");
        }
        List<String> violations = EventSchemas.violations(type, record.value());
        if (!violations.isEmpty()) {
            throw new PoisonEventException("Payload of " + ceType + " breaks its schema: " + String.join("; ", violations));
        }
        Object payload;
        try {
            payload = EventJson.mapper().readValue(record.value(), type.payloadType());
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("Payload of " + ceType + " does not match its contract: "
                    + e.getOriginalMessage(), e);
        }
        return new IncomingEvent(id, type, record.key(), payload);
    }

    private static String requiredHeader(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null || header.value().length == 0) {
            throw new PoisonEventException("Missing header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
