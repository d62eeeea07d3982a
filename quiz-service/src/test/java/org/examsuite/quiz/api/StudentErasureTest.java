package org.examsuite.quiz.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examsuite.quiz.api.QuizClient.answer;
import static org.examsuite.quiz.api.QuizClient.as;
import static org.examsuite.quiz.api.QuizClient.asAdmin;
import static org.examsuite.quiz.api.QuizClient.asTeacher;
import static org.examsuite.quiz.api.QuizClient.correctAnswer;
import static org.examsuite.quiz.api.QuizClient.itemOfType;
import static org.examsuite.quiz.api.QuizClient.items;
import static org.examsuite.quiz.api.QuizClient.published;
import static org.examsuite.quiz.api.QuizClient.start;
import static org.examsuite.quiz.api.QuizClient.startBody;
import static org.examsuite.quiz.api.QuizClient.student;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.devbroker.TopicReader;
import org.examsuite.events.CloudEventHeaders;
import org.examsuite.events.EventJson;
import org.examsuite.events.EventSchemas;
import org.examsuite.events.EventType;
import org.examsuite.events.KafkaTopic;
import org.examsuite.events.privacy.StudentErasureRequestedV1;
import org.examsuite.platform.events.OutboxEvent;
import org.examsuite.quiz.TestTopics;
import org.examsuite.quiz.persistence.ReviewCard;
import org.examsuite.quiz.persistence.SessionItem;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** An admin erases a student's data: all of it goes here at once, the event takes the erasure to the other services. */
@QuarkusTest
class StudentErasureTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anAdminErasesEverythingOfOneStudentAndTheEventCarriesItOn() throws Exception {
        TestTopics.Topic topic = published(bootstrapServers, TestTopics.topic("Erasure " + UUID.randomUUID()));
        String erased = student();
        String kept = student();

        JsonPath finished = start(erased, startBody(topic.id(), "PRACTICE", "questionCount", 5, "includeEssay", true));
        String finishedId = finished.getString("id");
        for (Map<String, Object> item : items(finished)) {
            if (!"ESSAY".equals(item.get("type"))) {
                answer(erased, finishedId, item.get("id"), correctAnswer(topic, item)).then().statusCode(200);
            }
        }
        as(erased).body(QuizClient.plan()).post("/sessions/{s}/items/{i}/essay-plan", finishedId,
                itemOfType(finished, "ESSAY").get("id")).then().statusCode(202);
        as(erased).post("/sessions/{id}/finish", finishedId).then().statusCode(200);
        String activeId = start(erased, startBody(topic.id(), "PRACTICE")).getString("id");

        JsonPath keptSession = start(kept, startBody(topic.id(), "PRACTICE", "questionCount", 5));
        String keptId = keptSession.getString("id");
        for (Map<String, Object> item : items(keptSession)) {
            answer(kept, keptId, item.get("id"), correctAnswer(topic, item)).then().statusCode(200);
        }
        as(kept).post("/sessions/{id}/finish", keptId).then().statusCode(200);

        as(erased).get("/progress").then().statusCode(200).body("topics.size()", equalTo(1));
        assertThat(reviewCards(erased)).isPositive();
        long keptCards = reviewCards(kept);
        assertThat(keptCards).isPositive();

        for (String sessionId : List.of(finishedId, keptId)) {
            TopicReader.await(bootstrapServers, KafkaTopic.QUIZ_SESSIONS.topicName(), r -> sessionId.equals(r.key()), 1,
                    Duration.ofSeconds(30));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> relayedOutboxRows(finishedId) == 1);

        JsonPath response = asAdmin("admin-dpo").delete("/students/{id}", erased).then().statusCode(202)
                .contentType("application/json").body("studentId", equalTo(erased)).body("sessionsDeleted", equalTo(2))
                .extract().jsonPath();
        assertThat(response.getInt("reviewCardsDeleted")).isPositive();

        for (String sessionId : List.of(finishedId, activeId)) {
            as(erased).get("/sessions/{id}", sessionId).then().statusCode(404).contentType("application/problem+json");
            asTeacher("teacher-1").get("/sessions/{id}", sessionId).then().statusCode(404);
        }
        as(erased).get("/progress").then().statusCode(200).body("topics.size()", equalTo(0));
        as(erased).get("/sessions").then().statusCode(200).body("total", equalTo(0));
        asTeacher("teacher-1").queryParam("studentId", erased).get("/sessions").then().body("total", equalTo(0));
        assertThat(reviewCards(erased)).isZero();
        assertThat(rowsOfSessions(List.of(finishedId, activeId))).isZero();
        assertThat(relayedOutboxRows(finishedId)).as("the relayed SessionCompleted of the erased student").isZero();
        assertThat(relayedOutboxRows(keptId)).as("the relayed SessionCompleted of another student").isEqualTo(1);

        as(kept).get("/sessions/{id}", keptId).then().statusCode(200).body("status", equalTo("FINISHED"));
        as(kept).get("/progress").then().statusCode(200).body("topics.size()", equalTo(1));
        assertThat(reviewCards(kept)).isEqualTo(keptCards);

        var record = TopicReader.await(bootstrapServers, KafkaTopic.PRIVACY_ERASURES.topicName(),
                r -> erased.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        assertThat(TopicReader.header(record, CloudEventHeaders.TYPE)).isEqualTo(EventType.STUDENT_ERASURE_REQUESTED_V1.ceType());
        assertThat(TopicReader.header(record, CloudEventHeaders.ID)).isEqualTo(response.getString("eventId"));
        assertThat(TopicReader.header(record, CloudEventHeaders.SOURCE)).isNotBlank();
        assertThat(TopicReader.header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(TopicReader.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo(CloudEventHeaders.SPEC_VERSION_1_0);
        assertThat(EventSchemas.violations(EventType.STUDENT_ERASURE_REQUESTED_V1, record.value())).isEmpty();
        StudentErasureRequestedV1 event = EventJson.mapper().readValue(record.value(), StudentErasureRequestedV1.class);
        assertThat(event.studentId()).isEqualTo(erased);
        assertThat(event.requestedBy()).isEqualTo("admin-dpo");
        assertThat(event.requestedAt()).isNotNull();
    }

    @Test
    void erasingAStudentWithNoDataStillEmitsAndAnswers202() {
        String nobody = student();
        String first = asAdmin("admin-1").delete("/students/{id}", nobody).then().statusCode(202)
                .body("sessionsDeleted", equalTo(0)).body("reviewCardsDeleted", equalTo(0)).extract().path("eventId");
        String second = asAdmin("admin-1").delete("/students/{id}", nobody).then().statusCode(202).extract().path("eventId");
        assertThat(second).isNotEqualTo(first);
        var records = TopicReader.await(bootstrapServers, KafkaTopic.PRIVACY_ERASURES.topicName(),
                r -> nobody.equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(records).extracting(r -> TopicReader.header(r, CloudEventHeaders.ID)).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void onlyAnAdminErasesAndNobodyWithoutAToken() {
        String target = student();
        String sessionId = start(target, startBody(published(bootstrapServers,
                TestTopics.topic("Erasure guard " + UUID.randomUUID())).id(), "PRACTICE")).getString("id");
        as(target).delete("/students/{id}", target).then().statusCode(403).contentType("application/problem+json");
        asTeacher("teacher-1").delete("/students/{id}", target).then().statusCode(403).contentType("application/problem+json");
        io.restassured.RestAssured.given().delete("/students/{id}", target).then().statusCode(401);
        as(target).get("/sessions/{id}", sessionId).then().statusCode(200);
    }

    private static long reviewCards(String studentId) {
        return QuarkusTransaction.requiringNew().call(() -> ReviewCard.count("key.studentId", studentId));
    }

    private static long relayedOutboxRows(String key) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("messageKey = ?1 and publishedAt is not null", key));
    }

    private static long rowsOfSessions(List<String> sessionIds) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> ids = sessionIds.stream().map(UUID::fromString).toList();
            return SessionItem.count("session.id in ?1", ids);
        });
    }
}
