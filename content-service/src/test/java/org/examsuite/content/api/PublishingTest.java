package org.examsuite.content.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.devbroker.TopicReader;
import org.examsuite.events.CloudEventHeaders;
import org.examsuite.events.EventJson;
import org.examsuite.events.EventSchemas;
import org.examsuite.events.EventType;
import org.examsuite.events.KafkaTopic;
import org.examsuite.events.content.QuestionType;
import org.examsuite.events.content.RecallQuestion;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.events.content.TopicRetractedV1;
import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.restassured.http.ContentType;

@QuarkusTest
class PublishingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theDemoPackImportsOncePublishesWholeAndRetracts() throws Exception {
        String pack = resource("packs/stalins-russia-1924-41.json");

        String topicId = teacher().contentType(ContentType.JSON).body(pack)
                .when().post("/imports")
                .then().statusCode(200)
                .body("entries.find { it.kind == 'TOPIC' }.outcome", equalTo("CREATED"))
                .extract().path("entries.find { it.kind == 'TOPIC' }.id");

        teacher().contentType(ContentType.JSON).body(pack)
                .when().post("/imports")
                .then().statusCode(200)
                .body("entries.outcome", hasItem("UNCHANGED"))
                .body("entries.findAll { it.outcome != 'UNCHANGED' }.size()", equalTo(0));

        teacher().when().post("/topics/{id}/publish", topicId)
                .then().statusCode(200).body("version", equalTo(1));
        teacher().when().post("/topics/{id}/publish", topicId)
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));

        ConsumerRecord<String, String> published = TopicReader.await(bootstrapServers, KafkaTopic.CONTENT_TOPICS.topicName(),
                r -> topicId.equals(r.key()), 1, Duration.ofSeconds(20)).get(0);
        assertThat(TopicReader.header(published, CloudEventHeaders.TYPE)).isEqualTo(EventType.TOPIC_PUBLISHED_V1.ceType());
        assertThat(TopicReader.header(published, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TopicReader.header(published, CloudEventHeaders.SOURCE)).isEqualTo("/content-service");
        assertThat(UUID.fromString(TopicReader.header(published, CloudEventHeaders.ID))).isNotNull();
        assertThat(TopicReader.header(published, CloudEventHeaders.TIME)).isNotBlank();

        assertThat(EventSchemas.violations(EventType.TOPIC_PUBLISHED_V1, published.value())).isEmpty();
        TopicPublishedV1 snapshot = EventJson.mapper().readValue(published.value(), TopicPublishedV1.class);
        assertThat(snapshot.title()).isEqualTo("Stalin's Russia, 1924-41");
        assertThat(snapshot.version()).isEqualTo(1);
        assertThat(snapshot.sections()).hasSize(3);
        assertThat(snapshot.essayQuestions()).hasSize(5)
                .allSatisfy(e -> assertThat(e.rubric().maxMarks()).isEqualTo(e.marks()));
        assertThat(snapshot.questions()).hasSizeGreaterThanOrEqualTo(30)
                .extracting(RecallQuestion::type).contains(QuestionType.values());

        teacher().when().post("/topics/{id}/retract", topicId)
                .then().statusCode(200).body("status", equalTo("RETRACTED"));
        List<ConsumerRecord<String, String>> events = TopicReader.await(bootstrapServers, KafkaTopic.CONTENT_TOPICS.topicName(),
                r -> topicId.equals(r.key()), 2, Duration.ofSeconds(20));
        assertThat(TopicReader.header(events.get(1), CloudEventHeaders.TYPE)).isEqualTo(EventType.TOPIC_RETRACTED_V1.ceType());
        assertThat(EventSchemas.violations(EventType.TOPIC_RETRACTED_V1, events.get(1).value())).isEmpty();
        assertThat(EventJson.mapper().readValue(events.get(1).value(), TopicRetractedV1.class).version()).isEqualTo(1);
    }

    @Test
    void anInvalidPackIsRefusedWholeWithTheFieldsAtFault() {
        long before = teacher().get("/topics").then().statusCode(200).extract().jsonPath().getLong("total");
        String pack = """
                {"format": "examsuite-content-pack", "formatVersion": 1,
                 "topics": [{"key": "t-invalid", "subject": "History", "title": "A topic", "levels": ["A_LEVEL"], "boards": [],
                   "questions": [{"key": "q1", "type": "SINGLE_CHOICE", "prompt": "Who?",
                                  "options": [{"key": "a", "text": "x", "correct": true}, {"key": "b", "text": "y", "correct": true}]},
                                 {"key": "q2", "type": "ORDERING", "prompt": "Order", "itemsInOrder": [{"key": "a", "text": "x"}]}]}]}
                """;
        teacher().contentType(ContentType.JSON).body(pack)
                .when().post("/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("topics[0].questions[0].options"))
                .body("errors.field", hasItem("topics[0].questions[1].itemsInOrder"));
        teacher().get("/topics").then().body("total", equalTo((int) before));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static RequestSpecification teacher() {
        return TestTokens.asTeacher("teacher-1");
    }
}
