package org.examsuite.content.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.restassured.http.ContentType;

@QuarkusTest
class PackRoundTripTest {

    @Test
    void exportImportExportIsIdenticalAndAnEditedPackUpdatesInPlace() throws IOException {
        String pack = demoPack().replace("history.stalins-russia-1924-41", "roundtrip.stalin")
                .replace("history-essay-30", "roundtrip-essay-30");
        String topicId = teacher().contentType(ContentType.JSON).body(pack).post("/imports")
                .then().statusCode(200).extract().path("entries.find { it.kind == 'TOPIC' }.id");

        String first = teacher().get("/topics/{id}/export", topicId).then().statusCode(200).extract().asString();
        teacher().contentType(ContentType.JSON).body(first).post("/imports")
                .then().statusCode(200).body("entries.findAll { it.outcome != 'UNCHANGED' }.size()", equalTo(0));
        String second = teacher().get("/topics/{id}/export?format=pack", topicId).then().statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first);

        String edited = first.replace("Stalin's Russia, 1924-41", "Stalin's Russia, 1924-1941");
        teacher().contentType(ContentType.JSON).body(edited).post("/imports")
                .then().statusCode(200)
                .body("entries.find { it.kind == 'TOPIC' }.outcome", equalTo("UPDATED"))
                .body("entries.find { it.kind == 'TOPIC' }.id", equalTo(topicId))
                .body("entries.find { it.kind == 'RUBRIC' }.outcome", equalTo("UNCHANGED"));
        teacher().get("/topics/{id}", topicId).then().body("title", equalTo("Stalin's Russia, 1924-1941"))
                .body("questions", equalTo(41));
    }

    @Test
    void aPackThatBreaksOneRuleImportsNothing() throws IOException {
        String pack = demoPack().replace("history.stalins-russia-1924-41", "broken.stalin")
                .replace("history-essay-30", "broken-essay-30")
                .replaceFirst("\"marks\": 30", "\"marks\": 25");
        teacher().contentType(ContentType.JSON).body(pack).post("/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("topics[0].essayQuestions[0].marks"));
        teacher().get("/rubrics").then().statusCode(200)
                .body("items.findAll { it.key == 'broken-essay-30' }.size()", equalTo(0));
        teacher().queryParam("size", 100).get("/topics").then()
                .body("items.findAll { it.key == 'broken.stalin' }.size()", equalTo(0));
    }

    @Test
    void aPackWrittenInYamlImportsLikeJson() {
        String yaml = """
                format: examsuite-content-pack
                formatVersion: 1
                topics:
                  - key: yaml.topic
                    subject: History
                    title: Written in YAML
                    levels: [O_LEVEL]
                    boards: [AQA]
                    questions:
                      - key: q1
                        type: TRUE_FALSE
                        prompt: YAML is a superset of JSON.
                        answer: true
                """;
        teacher().contentType("application/yaml").body(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/imports")
                .then().statusCode(200).body("entries[0].outcome", equalTo("CREATED"));
        teacher().contentType("application/yaml").body("format: [unclosed".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/imports")
                .then().statusCode(400).contentType("application/problem+json");
        teacher().contentType(ContentType.JSON)
                .body("{\"format\": \"examsuite-content-pack\", \"formatVersion\": 1, \"topics\": [], \"colour\": \"red\"}")
                .post("/imports").then().statusCode(400).body("errors[0].field", equalTo("colour"));
    }

    @Test
    void aPackOverTheSizeLimitIsRefusedWith413AndImportsNothing() {
        String huge = "{\"format\": \"examsuite-content-pack\", \"formatVersion\": 1, \"topics\": [], \"padding\": \""
                + "x".repeat(6 * 1024 * 1024) + "\"}";
        teacher().contentType(ContentType.JSON).body(huge).post("/imports")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    private static String demoPack() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("packs/stalins-russia-1924-41.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static RequestSpecification teacher() {
        return TestTokens.asTeacher("teacher-1");
    }
}
