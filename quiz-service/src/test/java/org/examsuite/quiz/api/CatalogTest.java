package org.examsuite.quiz.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.examsuite.quiz.api.QuizClient.answer;
import static org.examsuite.quiz.api.QuizClient.as;
import static org.examsuite.quiz.api.QuizClient.awaitCatalogVersion;
import static org.examsuite.quiz.api.QuizClient.produce;
import static org.examsuite.quiz.api.QuizClient.published;
import static org.examsuite.quiz.api.QuizClient.reader;
import static org.examsuite.quiz.api.QuizClient.start;
import static org.examsuite.quiz.api.QuizClient.startBody;
import static org.examsuite.quiz.api.QuizClient.student;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.events.EventType;
import org.examsuite.events.content.TopicRetractedV1;
import org.examsuite.platform.events.ProcessedEvent;
import org.examsuite.quiz.TestTopics;
import org.examsuite.quiz.events.ContentTopicsConsumer;
import org.examsuite.quiz.persistence.CatalogTopicVersion;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CatalogTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aPublishedTopicIsListedAndReadableWithoutAnyAnswerKey() {
        TestTopics.Topic topic = published(bootstrapServers, TestTopics.topic("Catalog " + UUID.randomUUID()));

        reader().queryParam("size", 100).get("/catalog/topics").then().statusCode(200)
                .body("items.id", hasItem(topic.id().toString()));
        Map<String, Object> listed = reader().queryParam("level", "A_LEVEL").queryParam("board", "ocr").queryParam("size", 100)
                .get("/catalog/topics").then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.id == '" + topic.id() + "' }");
        assertThat(listed).containsEntry("title", topic.snapshot().title()).containsEntry("code", "14.2")
                .containsEntry("subject", "History").containsEntry("version", 1)
                .containsEntry("counts", Map.of("sections", 2, "questions", 8, "essayQuestions", 1));
        reader().queryParam("board", "Cambridge").queryParam("size", 100).get("/catalog/topics").then()
                .body("items.id", not(hasItem(topic.id().toString())));

        String detail = reader().get("/catalog/topics/{id}", topic.id()).then().statusCode(200)
                .body("sections.title", equalTo(List.of("Stalin's rise to power", "Collectivisation and the Five-Year Plans")))
                .body("questionsByType.SHORT_ANSWER", equalTo(2))
                .body("essayQuestions[0].marks", equalTo(20))
                .extract().asString();
        assertThat(detail).doesNotContain(TestTopics.SENTINEL, "Secretariat", "Socialism in One Country", "acceptedAnswers",
                "correct", "rubric", "indicative", "Trotsky is expelled");

        reader().get("/catalog/topics/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void anOlderVersionArrivingLateIsKeptButNeverRollsTheTopicBack() {
        TestTopics.Topic topic = TestTopics.topic("Versions " + UUID.randomUUID());
        TestTopics.Topic v3 = topic.republished(3, " (v3)");
        TestTopics.Topic v2 = topic.republished(2, " (v2)");
        published(bootstrapServers, v3);
        String lateId = produce(bootstrapServers, EventType.TOPIC_PUBLISHED_V1, topic.id().toString(), v2.snapshot());
        awaitProcessed(lateId);

        reader().get("/catalog/topics/{id}", topic.id()).then().statusCode(200)
                .body("version", equalTo(3)).body("title", equalTo(v3.snapshot().title()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> CatalogTopicVersion.count("key.id", topic.id()))).isEqualTo(2);
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothing() {
        TestTopics.Topic topic = TestTopics.topic("Idempotent " + UUID.randomUUID());
        String eventId = UUID.randomUUID().toString();
        produce(bootstrapServers, EventType.TOPIC_PUBLISHED_V1, topic.id().toString(), QuizClient.json(topic.snapshot()), eventId);
        awaitCatalogVersion(topic.id(), 1);

        // The same event id again, even with another body, is recognised as already applied.
        TestTopics.Topic changed = topic.republished(2, " (changed)");
        produce(bootstrapServers, EventType.TOPIC_PUBLISHED_V1, topic.id().toString(), QuizClient.json(changed.snapshot()), eventId);
        String markerId = produce(bootstrapServers, EventType.TOPIC_PUBLISHED_V1, topic.id().toString(), topic.snapshot());
        awaitProcessed(markerId);

        reader().get("/catalog/topics/{id}", topic.id()).then().statusCode(200)
                .body("version", equalTo(1)).body("title", equalTo(topic.snapshot().title()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> CatalogTopicVersion.count("key.id", topic.id()))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.count("key.eventId", eventId))).isEqualTo(1);
    }

    @Test
    void aRetractedTopicTakesNoNewSessionsWhileRunningSessionsFinishOnTheirVersion() {
        TestTopics.Topic topic = published(bootstrapServers, TestTopics.topic("Retract " + UUID.randomUUID()));
        String student = student();
        JsonPath running = start(student, startBody(topic.id(), "PRACTICE", "questionTypes", List.of("TRUE_FALSE")));
        String sessionId = running.getString("id");

        TestTopics.Topic v2 = published(bootstrapServers, topic.republished(2, " (revised)"));
        JsonPath onV2 = start(student, startBody(topic.id(), "PRACTICE", "questionTypes", List.of("TRUE_FALSE")));
        assertThat(onV2.getString("items[0].prompt")).isEqualTo(v2.trueFalse().prompt() + " (revised)");
        assertThat(onV2.getInt("topics[0].version")).isEqualTo(2);

        produce(bootstrapServers, EventType.TOPIC_RETRACTED_V1, topic.id().toString(),
                new TopicRetractedV1(topic.id(), 2, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> reader().get("/catalog/topics/{id}", topic.id()).statusCode() == 404);
        reader().queryParam("size", 100).get("/catalog/topics").then().body("items.id", not(hasItem(topic.id().toString())));

        as(student).body(startBody(topic.id(), "PRACTICE")).post("/sessions").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("retracted"));

        JsonPath session = QuizClient.session(student, sessionId);
        assertThat(session.getString("items[0].prompt")).isEqualTo(topic.trueFalse().prompt());
        assertThat(session.getInt("topics[0].version")).isEqualTo(1);
        answer(student, sessionId, session.getString("items[0].id"), Map.of("value", true)).then().statusCode(200)
                .body("feedback.correct", equalTo(true));
        as(student).post("/sessions/{id}/finish", sessionId).then().statusCode(200).body("score", equalTo(1.0f));
    }

    private static void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ProcessedEvent.count("key.consumer = ?1 and key.eventId = ?2", ContentTopicsConsumer.CONSUMER, eventId)) == 1);
    }
}
