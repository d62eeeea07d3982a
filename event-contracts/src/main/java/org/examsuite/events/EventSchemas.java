package org.examsuite.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The JSON Schema of each event type (resources {@code schemas/<ce type>.schema.json}), for
 * consumers that check a payload before reading it and for tests that check what producers emit.
 */
public final class EventSchemas {

    private static final Map<EventType, Schema> SCHEMAS = new EnumMap<>(EventType.class);

    static {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (EventType type : EventType.values()) {
            SCHEMAS.put(type, registry.getSchema(read(resource(type)), InputFormat.JSON));
        }
    }

    private EventSchemas() {
    }

    public static String resource(EventType type) {
        return "schemas/" + type.ceType() + ".schema.json";
    }

    /** What is wrong with {@code json} as a payload of {@code type}; empty when it conforms. */
    public static List<String> violations(EventType type, String json) {
        JsonNode payload;
        try {
            payload = EventJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("not well-formed JSON: " + e.getOriginalMessage());
        }
        if (payload == null || payload.isMissingNode()) {
            return List.of("empty payload");
        }
        return SCHEMAS.get(type).validate(payload).stream().map(Object::toString).toList();
    }

    private static String read(String resource) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
