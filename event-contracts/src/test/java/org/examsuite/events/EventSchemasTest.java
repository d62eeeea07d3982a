package org.examsuite.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;

/**
 * The JSON Schema of each event type, kept in src/main/resources/schemas, is what the payload
 * records generate: a change to a record that changes the wire format shows here and must be
 * regenerated (-Dschemas.update=true) and reviewed as a contract change. Each type's example must
 * validate against its schema and read back into an equal record.
 */
class EventSchemasTest {

    /** Identity and substance of each payload; everything else may be null (optional). */
    private static final java.util.Set<String> NEVER_NULL = java.util.Set.of("id", "key", "topicId", "planId", "assessmentId",
            "studentId", "teacherId", "essayQuestionId", "questions", "sections", "essayQuestions", "title", "prompt",
            "plan", "criteria", "levels", "boards", "options", "acceptedAnswers", "itemsInOrder", "pairs", "gaps", "text",
            "rubric", "indicativeContent", "evidenceTerms", "publishedAt", "retractedAt", "submittedAt", "gradedAt",
            "moderatedAt", "completedAt", "gradedBy", "commandWord", "points", "keyPoints", "criterionKey", "topicIds", "mode",
            "requestedBy", "requestedAt");

    private static final Path SCHEMAS = Path.of(System.getProperty("schemas.dir", "src/main/resources/schemas"));

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theCommittedSchemaIsTheOneTheRecordsGenerate(EventType type) throws IOException {
        String generated = EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(generate(type)) + "\n";
        Path file = SCHEMAS.resolve(type.ceType() + ".schema.json");
        if (Boolean.getBoolean("schemas.update")) {
            Files.createDirectories(SCHEMAS);
            Files.writeString(file, generated);
        }
        assertThat(file).as("schema of %s (regenerate with -Dschemas.update=true)", type).exists();
        assertThat(Files.readString(file)).as("schema of %s (regenerate with -Dschemas.update=true)", type).isEqualTo(generated);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theExampleOfEachTypeSatisfiesItsSchemaAndReadsBack(EventType type) throws IOException {
        String json = EventJson.mapper().writeValueAsString(EventExamples.of(type));
        assertThat(EventSchemas.violations(type, json)).isEmpty();
        assertThat(EventJson.mapper().readValue(json, type.payloadType())).isEqualTo(EventExamples.of(type));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aPayloadMissingARequiredFieldBreaksTheSchema(EventType type) {
        ObjectNode payload = (ObjectNode) EventJson.mapper().valueToTree(EventExamples.of(type));
        payload.remove(payload.fieldNames().next());
        assertThat(EventSchemas.violations(type, payload.toString())).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void malformedJsonIsAViolationNotACrash() {
        assertThat(EventSchemas.violations(EventType.TOPIC_RETRACTED_V1, "{\"topicId\": ")).singleElement()
                .asString().startsWith("not well-formed JSON");
    }

    private static JsonNode generate(EventType type) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(EventJson.mapper(), SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS);
        config.forFields()
                .withRequiredCheck(field -> true)
                .withNullableCheck(field -> !field.getType().isPrimitive() && !NEVER_NULL.contains(field.getName()));
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(type.payloadType());
        schema.put("$id", "https://examsuite.org/schemas/" + type.ceType() + ".schema.json");
        schema.put("title", type.ceType());
        schema.put("description", "Payload of " + type.ceType() + " on Kafka topic " + type.topic().topicName()
                + " (CloudEvents attributes travel as ce_* headers)");
        return schema;
    }
}
