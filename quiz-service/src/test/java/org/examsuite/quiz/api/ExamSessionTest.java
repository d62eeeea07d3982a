package org.examsuite.quiz.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.examsuite.quiz.api.QuizClient.answer;
import static org.examsuite.quiz.api.QuizClient.as;
import static org.examsuite.quiz.api.QuizClient.correctAnswer;
import static org.examsuite.quiz.api.QuizClient.itemOfType;
import static org.examsuite.quiz.api.QuizClient.items;
import static org.examsuite.quiz.api.QuizClient.published;
import static org.examsuite.quiz.api.QuizClient.session;
import static org.examsuite.quiz.api.QuizClient.start;
import static org.examsuite.quiz.api.QuizClient.startBody;
import static org.examsuite.quiz.api.QuizClient.student;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.devbroker.TopicReader;
import org.examsuite.events.EventJson;
import org.examsuite.events.EventSchemas;
import org.examsuite.events.EventType;
import org.examsuite.events.KafkaTopic;
import org.examsuite.events.content.OrderingItem;
import org.examsuite.events.quiz.SessionCompletedV1;
import org.examsuite.quiz.TestTopics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ExamSessionTest {

    /** Names and words that only an answer key, an explanation or option feedback contain. */
    private static final List<String> KEY_MATERIAL = List.of(TestTopics.SENTINEL, "Secretariat", "Orgburo",
            "Socialism in One Country", "single country", "Collectivisation\"", "correct", "explanation", "feedback",
            "acceptedAnswers", "\"score\"", "rubric", "indicative", "nomenklatura");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    TestTopics.Topic topic;

    @BeforeEach
    void publishTopic() {
        topic = published(bootstrapServers, TestTopics.topic("Exam " + UUID.randomUUID()));
    }

    @Test
    void anExamHidesKeysAndMarksUntilItEndsAndTheLastAnswerCounts() throws Exception {
        String student = student();
        String startedBody = as(student).body(startBody(topic.id(), "EXAM", "includeEssay", true, "timeLimitSeconds", 600))
                .post("/sessions").then().statusCode(201).extract().asString();
        assertThat(startedBody).doesNotContain(KEY_MATERIAL);
        JsonPath started = JsonPath.from(startedBody);
        String sessionId = started.getString("id");
        assertThat(Instant.parse(started.getString("deadline")))
                .isEqualTo(Instant.parse(started.getString("startedAt")).plusSeconds(600));

        Map<String, Object> ordering = itemOfType(started, "ORDERING");
        @SuppressWarnings("unchecked")
        List<String> shownOrder = ((List<Map<String, String>>) ordering.get("items")).stream().map(i -> i.get("id")).toList();
        assertThat(shownOrder).isNotEqualTo(topic.ordering().itemsInOrder().stream().map(OrderingItem::id).toList());
        @SuppressWarnings("unchecked")
        List<String> rightIds = ((List<Map<String, String>>) itemOfType(started, "MATCHING").get("rights")).stream()
                .map(r -> r.get("id")).toList();
        assertThat(rightIds).containsExactlyInAnyOrder("R1", "R2", "R3");

        Map<String, Object> trueFalse = itemOfType(started, "TRUE_FALSE");
        String wrongFirst = answer(student, sessionId, trueFalse.get("id"), Map.of("value", false)).then().statusCode(200)
                .body("state", equalTo("ANSWERED")).extract().asString();
        assertThat(withoutOwnAnswers(wrongFirst)).doesNotContain(KEY_MATERIAL);
        for (Map<String, Object> item : items(started)) {
            if (!"ESSAY".equals(item.get("type"))) {
                String response = answer(student, sessionId, item.get("id"), correctAnswer(topic, item)).then()
                        .statusCode(200).extract().asString();
                assertThat(withoutOwnAnswers(response)).doesNotContain(KEY_MATERIAL);
            }
        }
        String during = as(student).get("/sessions/{id}", sessionId).then().statusCode(200).extract().asString();
        assertThat(withoutOwnAnswers(during)).doesNotContain(KEY_MATERIAL);
        as(student).get("/sessions/{id}/result", sessionId).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("still running"));

        JsonPath result = as(student).post("/sessions/{id}/finish", sessionId).then().statusCode(200).extract().jsonPath();
        assertThat(result.getDouble("score")).isEqualTo(8.0);
        assertThat(result.getDouble("maxScore")).isEqualTo(28.0);
        assertThat(result.getList("essays.state")).containsExactly("UNANSWERED");
        assertThat(result.getList("sectionsToRevise")).isEmpty();

        JsonPath after = session(student, sessionId);
        assertThat(after.getList("items.state")).containsOnly("MARKED", "UNANSWERED");
        assertThat(after.getString("items.find { it.type == 'TRUE_FALSE' }.feedback.explanation"))
                .isEqualTo(topic.trueFalse().explanation());
        assertThat(after.getInt("items.find { it.type == 'TRUE_FALSE' }.attempts")).isEqualTo(2);
        assertThat(after.getDouble("items.find { it.type == 'TRUE_FALSE' }.score")).isEqualTo(1.0);

        SessionCompletedV1 completed = completedEvent(sessionId);
        assertThat(completed.mode()).isEqualTo("EXAM");
        assertThat(completed.score()).isEqualTo(8.0);
        assertThat(completed.maxScore()).isEqualTo(28.0);
    }

    /** The session's SessionCompleted as read back off the broker, once it is known to keep to its schema. */
    private SessionCompletedV1 completedEvent(String sessionId) throws Exception {
        String json = TopicReader.await(bootstrapServers, KafkaTopic.QUIZ_SESSIONS.topicName(), r -> sessionId.equals(r.key()), 1,
                Duration.ofSeconds(30)).get(0).value();
        assertThat(EventSchemas.violations(EventType.SESSION_COMPLETED_V1, json)).isEmpty();
        return EventJson.mapper().readValue(json, SessionCompletedV1.class);
    }

    /** The student's own answers are echoed back (and the right ones hold key words); everything else must not. */
    private static String withoutOwnAnswers(String json) throws Exception {
        JsonNode tree = EventJson.mapper().readTree(json);
        for (JsonNode item : tree.findParents("answer")) {
            ((ObjectNode) item).remove("answer");
        }
        return tree.toString();
    }

    @Test
    void theServerEnforcesTheDeadlineAndClosesTheExamWhenItIsRead() {
        String student = student();
        JsonPath started = start(student, startBody(topic.id(), "EXAM", "timeLimitSeconds", 2));
        String sessionId = started.getString("id");
        Map<String, Object> trueFalse = itemOfType(started, "TRUE_FALSE");
        answer(student, sessionId, trueFalse.get("id"), Map.of("value", true)).then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> "EXPIRED".equals(session(student, sessionId).getString("status")));

        Map<String, Object> single = itemOfType(started, "SINGLE_CHOICE");
        answer(student, sessionId, single.get("id"), Map.of("optionId", "gensec")).then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));
        as(student).post("/sessions/{id}/finish", sessionId).then().statusCode(409);

        JsonPath closed = session(student, sessionId);
        assertThat(closed.getString("completedAt")).isEqualTo(closed.getString("deadline"));
        assertThat(closed.getString("items.find { it.type == 'SINGLE_CHOICE' }.state")).isEqualTo("UNANSWERED");
        JsonPath result = as(student).get("/sessions/{id}/result", sessionId).then().statusCode(200).extract().jsonPath();
        assertThat(result.getString("status")).isEqualTo("EXPIRED");
        assertThat(result.getDouble("score")).isEqualTo(1.0);
        assertThat(result.getDouble("maxScore")).isEqualTo(8.0);
        assertThat(result.getLong("timeTakenSeconds")).isEqualTo(2);
    }

    @Test
    void anAnswerPastTheDeadlineIsRefusedAndTheExamStaysClosedAtItsDeadline() {
        String student = student();
        JsonPath started = start(student, startBody(topic.id(), "EXAM", "timeLimitSeconds", 1));
        String sessionId = started.getString("id");
        Instant deadline = Instant.parse(started.getString("deadline"));
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(deadline));

        Map<String, Object> trueFalse = itemOfType(started, "TRUE_FALSE");
        answer(student, sessionId, trueFalse.get("id"), Map.of("value", true)).then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));

        JsonPath closed = session(student, sessionId);
        assertThat(closed.getString("status")).isEqualTo("EXPIRED");
        assertThat(closed.getString("completedAt")).isEqualTo(closed.getString("deadline"));
        assertThat(closed.getString("items.find { it.type == 'TRUE_FALSE' }.state")).isEqualTo("UNANSWERED");
    }

    @Test
    void anExamNobodyReadsIsClosedAtItsDeadlineBySweep() throws Exception {
        String student = student();
        String sessionId = start(student, startBody(topic.id(), "EXAM", "timeLimitSeconds", 1)).getString("id");

        SessionCompletedV1 completed = completedEvent(sessionId);
        assertThat(completed.score()).isZero();
        assertThat(completed.maxScore()).isEqualTo(8.0);
        assertThat(session(student, sessionId).getString("status")).isEqualTo("EXPIRED");
    }

    @Test
    void anExamWithoutATimeLimitGetsADefaultDeadline() {
        JsonPath started = start(student(), startBody(topic.id(), "EXAM", "questionCount", 4));
        assertThat(started.getInt("timeLimitSeconds")).isEqualTo(4 * 90);
        assertThat(started.getLong("secondsRemaining")).isBetween(350L, 360L);
    }
}
