package org.examsuite.devbroker;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.examsuite.events.CloudEventHeaders;
import org.examsuite.events.EventExamples;
import org.examsuite.events.EventJson;
import org.examsuite.events.EventType;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One row of a consumer's poison table: how to spoil a valid payload {@code T} of the event type the
 * consumer takes. Tests make the payload per row, so that each row's poison concerns ids of its own.
 */
public record PoisonKind<T>(String name, Function<T, PoisonRecord> spoil) {

    public PoisonRecord against(T validPayload) {
        return spoil.apply(validPayload);
    }

    /** The row's name in test reports. */
    @Override
    public String toString() {
        return name;
    }

    /**
     * What every consumer of {@code type} must dead-letter and carry on after: a payload that is not JSON, a field
     * of the wrong JSON type, a required field left out, an event type it does not take, an unknown version of its
     * type, and a record without the CloudEvents type or id.
     */
    public static <T> List<PoisonKind<T>> every(EventType type, String requiredField, String mistypedField, Object wrongValue) {
        EventType notTaken = Arrays.stream(EventType.values()).filter(t -> t.topic() != type.topic()).findFirst().orElseThrow();
        String unknownVersion = type.ceType().replaceFirst("\\.v\\d+$", ".v9");
        return List.of(
                new PoisonKind<>("malformed JSON", payload -> {
                    String json = TopicReader.json(payload);
                    return new PoisonRecord(json.substring(0, json.length() / 2), headers(type.ceType()),
                            List.of("not well-formed JSON"));
                }),
                new PoisonKind<>(mistypedField + " of the wrong JSON type", payload -> new PoisonRecord(
                        edited(payload, tree -> tree.set(mistypedField, EventJson.mapper().valueToTree(wrongValue))),
                        headers(type.ceType()), List.of("/" + mistypedField, "expected"))),
                new PoisonKind<>(requiredField + " missing", payload -> new PoisonRecord(
                        edited(payload, tree -> tree.remove(requiredField)), headers(type.ceType()),
                        List.of("required", requiredField))),
                // A well-formed event of another topic, so that its type is the only fault.
                new PoisonKind<>("event type not taken (" + notTaken.ceType() + ")", payload -> new PoisonRecord(
                        TopicReader.json(EventExamples.of(notTaken)), headers(notTaken.ceType()), List.of(notTaken.ceType()))),
                new PoisonKind<>("unknown version (" + unknownVersion + ")", payload -> new PoisonRecord(
                        TopicReader.json(payload), headers(unknownVersion), List.of(unknownVersion))),
                withoutHeader(type, CloudEventHeaders.TYPE),
                withoutHeader(type, CloudEventHeaders.ID));
    }

    private static <T> PoisonKind<T> withoutHeader(EventType type, String header) {
        return new PoisonKind<>("no " + header + " header", payload -> {
            Map<String, String> headers = headers(type.ceType());
            headers.remove(header);
            return new PoisonRecord(TopicReader.json(payload), headers, List.of(header));
        });
    }

    private static Map<String, String> headers(String ceType) {
        return TopicReader.cloudEventHeaders(ceType, PoisonRecord.newEventId());
    }

    private static String edited(Object payload, Consumer<ObjectNode> edit) {
        ObjectNode tree = EventJson.mapper().valueToTree(payload);
        edit.accept(tree);
        return tree.toString();
    }
}
