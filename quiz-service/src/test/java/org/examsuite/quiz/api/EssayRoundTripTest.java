package org.examsuite.quiz.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.examsuite.quiz.api.QuizClient.answer;
import static org.examsuite.quiz.api.QuizClient.as;
import static org.examsuite.quiz.api.QuizClient.itemOfType;
import static org.examsuite.quiz.api.QuizClient.produce;
import static org.examsuite.quiz.api.QuizClient.published;
import static org.examsuite.quiz.api.QuizClient.session;
import static org.examsuite.quiz.api.QuizClient.start;
import static org.examsuite.quiz.api.QuizClient.startBody;
import static org.examsuite.quiz.api.QuizClient.student;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
import org.examsuite.events.grading.AssessmentGradedV1;
import org.examsuite.events.grading.AssessmentModeratedV1;
import org.examsuite.events.grading.CriterionGrade;
import org.examsuite.events.grading.Grader;
import org.examsuite.events.quiz.EssayPlanSubmittedV1;
import org.examsuite.platform.events.ProcessedEvent;
import org.examsuite.quiz.TestTopics;
import org.examsuite.quiz.events.GradingAssessmentsConsumer;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class EssayRoundTripTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aPlanGoesToGradingAndTheGradeComesBackIntoTheResult() throws Exception {
        TestTopics.Topic topic = published(bootstrapServers, TestTopics.topic("Essay " + UUID.randomUUID()));
        String student = student();
        JsonPath started = start(student, startBody(topic.id(), "PRACTICE", "questionTypes", List.of("TRUE_FALSE"),
                "includeEssay", true));
        String sessionId = started.getString("id");
        Map<String, Object> essay = itemOfType(started, "ESSAY");
        assertThat(essay.get("prompt")).isEqualTo(topic.essay().prompt());
        assertThat(essay.get("maxScore")).isEqualTo(20.0f);

        Map<String, Object> body = new HashMap<>(QuizClient.plan());
        body.put("studentId", "mallory");
        String planId = as(student).body(body).post("/sessions/{s}/items/{i}/essay-plan", sessionId, essay.get("id"))
                .then().statusCode(202).body("state", equalTo("AWAITING_SELF_ASSESSMENT"))
                .body("itemId", equalTo(essay.get("id"))).extract().path("planId");
        as(student).body(QuizClient.plan()).post("/sessions/{s}/items/{i}/essay-plan", sessionId, essay.get("id"))
                .then().statusCode(409).contentType("application/problem+json");

        var record = TopicReader.await(bootstrapServers, KafkaTopic.QUIZ_ESSAY_PLANS.topicName(),
                r -> planId.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        assertThat(TopicReader.header(record, CloudEventHeaders.TYPE)).isEqualTo(EventType.ESSAY_PLAN_SUBMITTED_V1.ceType());
        assertThat(TopicReader.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/quiz-service");
        assertThat(EventSchemas.violations(EventType.ESSAY_PLAN_SUBMITTED_V1, record.value())).isEmpty();
        EssayPlanSubmittedV1 submitted = EventJson.mapper().readValue(record.value(), EssayPlanSubmittedV1.class);
        assertThat(submitted.studentId()).isEqualTo(student);
        assertThat(submitted.sessionId().toString()).isEqualTo(sessionId);
        assertThat(submitted.itemId().toString()).isEqualTo(essay.get("id"));
        assertThat(submitted.essayQuestionId()).isEqualTo(topic.essay().id());
        assertThat(submitted.topicId()).isEqualTo(topic.id());
        assertThat(submitted.topicVersion()).isEqualTo(1);
        assertThat(submitted.plan().thesis()).isEqualTo(QuizClient.plan().get("thesis"));
        assertThat(submitted.plan().points()).hasSize(1);

        answer(student, sessionId, itemOfType(started, "TRUE_FALSE").get("id"), Map.of("value", true)).then().statusCode(200);
        JsonPath finished = as(student).post("/sessions/{id}/finish", sessionId).then().statusCode(200).extract().jsonPath();
        assertThat(finished.getInt("pendingEssays")).isEqualTo(1);
        assertThat(finished.getDouble("score")).isEqualTo(1.0);
        assertThat(finished.getDouble("maxScore")).isEqualTo(1.0);
        assertThat(session(student, sessionId).getString("items.find { it.type == 'ESSAY' }.state"))
                .isEqualTo("AWAITING_SELF_ASSESSMENT");

        UUID assessmentId = UUID.fromString(planId);
        Instant gradedAt = Instant.now();
        List<CriterionGrade> criteria = List.of(new CriterionGrade("ao1", 2, 7, 10), new CriterionGrade("ao2", 1, 5, 10));
        produce(bootstrapServers, EventType.ASSESSMENT_GRADED_V1, planId, new AssessmentGradedV1(assessmentId, student,
                topic.essay().id(), UUID.fromString(sessionId), submitted.itemId(), Grader.SELF, 12, 20, criteria, gradedAt));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                as(student).get("/sessions/{id}/result", sessionId).jsonPath().getInt("pendingEssays") == 0);
        JsonPath graded = as(student).get("/sessions/{id}/result", sessionId).then().statusCode(200).extract().jsonPath();
        assertThat(graded.getDouble("score")).isEqualTo(13.0);
        assertThat(graded.getDouble("maxScore")).isEqualTo(21.0);
        assertThat(graded.getDouble("byQuestionType.find { it.type == 'ESSAY' }.score")).isEqualTo(12.0);
        assertThat(graded.getString("essays[0].gradedBy")).isEqualTo("SELF");
        JsonPath item = session(student, sessionId);
        assertThat(item.getString("items.find { it.type == 'ESSAY' }.state")).isEqualTo("GRADED");
        assertThat(item.getDouble("items.find { it.type == 'ESSAY' }.essayProgress.grade.mark")).isEqualTo(12.0);
        assertThat(item.getList("items.find { it.type == 'ESSAY' }.essayProgress.grade.criteria.criterionKey"))
                .containsExactly("ao1", "ao2");
        assertThat(item.getDouble("score")).isEqualTo(13.0);

        produce(bootstrapServers, EventType.ASSESSMENT_MODERATED_V1, planId, new AssessmentModeratedV1(assessmentId,
                student, "teacher-1", topic.essay().id(), UUID.fromString(sessionId), submitted.itemId(), Grader.TEACHER,
                15, 20, criteria, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                as(student).get("/sessions/{id}/result", sessionId).jsonPath().getDouble("score") == 16.0);

        // A self-grade after moderation does not replace the teacher's mark.
        String lateSelfGrade = produce(bootstrapServers, EventType.ASSESSMENT_GRADED_V1, planId, new AssessmentGradedV1(
                assessmentId, student, topic.essay().id(), UUID.fromString(sessionId), submitted.itemId(), Grader.SELF,
                19, 20, criteria, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.count(
                "key.consumer = ?1 and key.eventId = ?2", GradingAssessmentsConsumer.CONSUMER, lateSelfGrade)) == 1);
        JsonPath moderated = as(student).get("/sessions/{id}/result", sessionId).then().statusCode(200).extract().jsonPath();
        assertThat(moderated.getDouble("score")).isEqualTo(16.0);
        assertThat(moderated.getString("essays[0].gradedBy")).isEqualTo("TEACHER");
        as(student).get("/sessions").then().body("items[0].score", equalTo(16.0f));
    }
}
