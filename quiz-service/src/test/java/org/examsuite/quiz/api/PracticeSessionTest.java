package org.examsuite.quiz.api;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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
import org.examsuite.events.quiz.ScoreSummary;
import org.examsuite.events.quiz.SessionCompletedV1;
import org.examsuite.quiz.TestTopics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PracticeSessionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    TestTopics.Topic topic;

    @BeforeEach
    void publishTopic() {
        topic = published(bootstrapServers, TestTopics.topic("Practice " + UUID.randomUUID()));
    }

    @Test
    void practiceMarksEveryTypeAtOnceWithTheKeyTheExplanationAndTheSectionToReread() throws Exception {
        String student = student();
        JsonPath started = start(student, startBody(topic.id(), "PRACTICE", "questionCount", 20));
        String sessionId = started.getString("id");
        assertThat(started.getList("items.type")).containsExactlyInAnyOrder("SINGLE_CHOICE", "MULTIPLE_CHOICE",
                "TRUE_FALSE", "SHORT_ANSWER", "SHORT_ANSWER", "ORDERING", "MATCHING", "CLOZE");
        assertThat(started.getList("items.questionId")).doesNotHaveDuplicates();
        assertThat(started.getString("deadline")).isNull();

        Map<String, Object> single = itemOfType(started, "SINGLE_CHOICE");
        answer(student, sessionId, single.get("id"), Map.of("optionId", "war")).then().statusCode(200)
                .body("state", equalTo("MARKED"))
                .body("score", equalTo(0.0f))
                .body("feedback.correct", equalTo(false))
                .body("feedback.correctAnswer.optionId", equalTo("gensec"))
                .body("feedback.optionFeedback.war", containsString(TestTopics.SENTINEL))
                .body("feedback.explanation", equalTo(topic.singleChoice().explanation()))
                .body("feedback.section.title", equalTo("Stalin's rise to power"));
        // Re-answering is recorded and marked for feedback, but the first answer is the one that counts.
        answer(student, sessionId, single.get("id"), Map.of("optionId", "gensec")).then().statusCode(200)
                .body("attempts", equalTo(2)).body("feedback.correct", equalTo(true))
                .body("feedback.attemptScore", equalTo(1.0f)).body("score", equalTo(0.0f));

        Map<String, Object> multiple = itemOfType(started, "MULTIPLE_CHOICE");
        answer(student, sessionId, multiple.get("id"), Map.of("optionIds", List.of("trotsky", "zinoviev", "molotov")))
                .then().statusCode(200).body("score", equalTo(0.33f))
                .body("feedback.parts.molotov", equalTo(false)).body("feedback.parts.bukharin", equalTo(false));

        Map<String, Object> ordering = itemOfType(started, "ORDERING");
        answer(student, sessionId, ordering.get("id"), Map.of("order", List.of("expelled", "plan", "kirov", "lenin-dies")))
                .then().statusCode(200).body("score", equalTo(0.67f))
                .body("feedback.correctAnswer.order", equalTo(List.of("lenin-dies", "expelled", "plan", "kirov")));

        Map<String, Object> matching = itemOfType(started, "MATCHING");
        @SuppressWarnings("unchecked")
        Map<String, String> rightMatches = (Map<String, String>) correctAnswer(topic, matching).get("matches");
        answer(student, sessionId, matching.get("id"), Map.of("matches", Map.of("t", rightMatches.get("t"),
                "z", rightMatches.get("b"), "b", rightMatches.get("z")))).then().statusCode(200)
                .body("score", equalTo(0.33f)).body("feedback.parts.t", equalTo(true)).body("feedback.parts.z", equalTo(false));

        Map<String, Object> cloze = itemOfType(started, "CLOZE");
        answer(student, sessionId, cloze.get("id"), Map.of("gaps", Map.of("1", "the secretariet", "2", "Five-Year Plan")))
                .then().statusCode(200).body("score", equalTo(0.5f))
                .body("feedback.parts.'1'", equalTo(true)).body("feedback.parts.'2'", equalTo(false));

        for (Map<String, Object> shortAnswer : items(started).stream().filter(i -> "SHORT_ANSWER".equals(i.get("type"))).toList()) {
            boolean isYear = shortAnswer.get("questionId").equals(topic.year().id().toString());
            answer(student, sessionId, shortAnswer.get("id"), Map.of("text", isYear ? "1929" : "socialism in one contry"))
                    .then().statusCode(200).body("score", equalTo(isYear ? 0.0f : 1.0f))
                    .body("feedback.match", equalTo(isYear ? "NONE" : "FUZZY"));
        }

        Map<String, Object> trueFalse = itemOfType(started, "TRUE_FALSE");
        answer(student, sessionId, trueFalse.get("id"), Map.of("value", true)).then().statusCode(200)
                .body("score", equalTo(1.0f));

        JsonPath running = as(student).get("/sessions/{id}/result", sessionId).then().statusCode(200).extract().jsonPath();
        assertThat(running.getString("status")).isEqualTo("ACTIVE");

        JsonPath result = as(student).post("/sessions/{id}/finish", sessionId).then().statusCode(200).extract().jsonPath();
        double expected = 0 + 1 / 3.0 + 2 / 3.0 + 1 / 3.0 + 0.5 + 0 + 1 + 1;
        assertThat(result.getDouble("score")).isEqualTo(Math.round(expected * 100) / 100.0);
        assertThat(result.getDouble("maxScore")).isEqualTo(8.0);
        assertThat(result.getString("status")).isEqualTo("FINISHED");
        assertThat(result.getLong("timeTakenSeconds")).isGreaterThanOrEqualTo(0);
        assertThat(result.getList("byQuestionType.type")).containsExactly("SINGLE_CHOICE", "MULTIPLE_CHOICE",
                "TRUE_FALSE", "SHORT_ANSWER", "ORDERING", "MATCHING", "CLOZE");
        assertThat(result.getDouble("byQuestionType.find { it.type == 'SHORT_ANSWER' }.maxScore")).isEqualTo(2.0);
        assertThat(result.getList("bySection.title")).containsExactly("Collectivisation and the Five-Year Plans",
                "Stalin's rise to power");
        assertThat(result.getList("sectionsToRevise.title")).containsExactly("Collectivisation and the Five-Year Plans",
                "Stalin's rise to power");

        var completed = TopicReader.await(bootstrapServers, KafkaTopic.QUIZ_SESSIONS.topicName(),
                r -> sessionId.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        assertThat(TopicReader.header(completed, CloudEventHeaders.TYPE)).isEqualTo(EventType.SESSION_COMPLETED_V1.ceType());
        assertThat(EventSchemas.violations(EventType.SESSION_COMPLETED_V1, completed.value())).isEmpty();
        SessionCompletedV1 event = EventJson.mapper().readValue(completed.value(), SessionCompletedV1.class);
        assertThat(event.studentId()).isEqualTo(student);
        assertThat(event.mode()).isEqualTo("PRACTICE");
        assertThat(event.score()).isEqualTo(result.getDouble("score"));
        assertThat(event.topicIds()).containsExactly(topic.id());
        assertThat(event.bySection()).extracting(ScoreSummary::slice).contains("Stalin's rise to power");

        answer(student, sessionId, trueFalse.get("id"), Map.of("value", false)).then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));
        as(student).post("/sessions/{id}/finish", sessionId).then().statusCode(409);
        as(student).post("/sessions/{id}/abandon", sessionId).then().statusCode(409);
    }

    @Test
    void aStudentSeesOnlyTheirOwnSessions() {
        String owner = student();
        String other = student();
        String sessionId = start(owner, startBody(topic.id(), "PRACTICE")).getString("id");
        String itemId = session(owner, sessionId).getString("items[0].id");

        as(other).get("/sessions/{id}", sessionId).then().statusCode(404).contentType("application/problem+json");
        as(other).get("/sessions/{id}/result", sessionId).then().statusCode(404);
        answer(other, sessionId, itemId, Map.of("value", true)).then().statusCode(404);
        as(other).post("/sessions/{id}/finish", sessionId).then().statusCode(404);
        as(other).post("/sessions/{id}/abandon", sessionId).then().statusCode(404);
        as(other).get("/sessions").then().statusCode(200).body("total", equalTo(0));
        as(owner).get("/sessions").then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(sessionId));
        io.restassured.RestAssured.given().get("/sessions").then().statusCode(401).contentType("application/problem+json");
    }

    /** Bad input to every endpoint is in {@link BadInputTest}; this is what ending a session early means for it. */
    @Test
    void anAbandonedSessionHasNoResultAndTakesNoAnswers() {
        String student = student();
        JsonPath started = start(student, startBody(topic.id(), "PRACTICE"));
        String sessionId = started.getString("id");
        Map<String, Object> single = itemOfType(started, "SINGLE_CHOICE");

        as(student).get("/sessions/{id}/result", UUID.randomUUID()).then().statusCode(404);
        as(student).post("/sessions/{id}/abandon", sessionId).then().statusCode(200).body("status", equalTo("ABANDONED"));
        as(student).get("/sessions/{id}/result", sessionId).then().statusCode(409).body("detail", containsString("abandoned"));
        answer(student, sessionId, single.get("id"), Map.of("optionId", "gensec")).then().statusCode(409);
        as(student).get("/sessions").then().body("items.find { it.id == '" + sessionId + "' }.score", nullValue());
    }

    @Test
    void reviewServesOnlyTheQuestionsTheScheduleSaysAreDue() {
        String student = student();
        JsonPath practice = start(student, startBody(topic.id(), "PRACTICE", "questionCount", 20));
        String practiceId = practice.getString("id");
        for (Map<String, Object> item : items(practice)) {
            Object body = "TRUE_FALSE".equals(item.get("type")) ? Map.of("value", false) : correctAnswer(topic, item);
            answer(student, practiceId, item.get("id"), body).then().statusCode(200);
        }
        as(student).post("/sessions/{id}/finish", practiceId).then().statusCode(200).body("score", equalTo(7.0f));

        JsonPath review = start(student, startBody(topic.id(), "REVIEW"));
        assertThat(review.getList("items.questionId")).containsExactly(topic.trueFalse().id().toString());
        String reviewId = review.getString("id");
        answer(student, reviewId, review.getString("items[0].id"), Map.of("value", true)).then().statusCode(200)
                .body("feedback.correct", equalTo(true)).body("feedback.correctAnswer.value", equalTo(true));
        as(student).post("/sessions/{id}/finish", reviewId).then().statusCode(200).body("percentage", equalTo(100.0f));

        as(student).body(startBody(topic.id(), "REVIEW")).post("/sessions").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("due for review"));
        as(student).get("/sessions").then().body("items.mode", not(hasItem("EXAM")));
    }
}
