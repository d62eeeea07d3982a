package org.examsuite.quiz.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.examsuite.quiz.api.QuizClient.as;
import static org.examsuite.quiz.api.QuizClient.awaitCatalogVersion;
import static org.examsuite.quiz.api.QuizClient.itemOfType;
import static org.examsuite.quiz.api.QuizClient.produce;
import static org.examsuite.quiz.api.QuizClient.reader;
import static org.examsuite.quiz.api.QuizClient.session;
import static org.examsuite.quiz.api.QuizClient.start;
import static org.examsuite.quiz.api.QuizClient.startBody;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.events.EventExamples;
import org.examsuite.events.EventType;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.quiz.persistence.SessionItem;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** quiz-service's consumers take the contract's own example of every event type they consume, each to its effect. */
@QuarkusTest
class EventExamplesTest {

    private static final String ESSAY_ITEM = "items.find { it.type == 'ESSAY' }";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theExamplesOfTopicsAndGradesTakeEffect() {
        TopicPublishedV1 published = EventExamples.topicPublished();
        String topicKey = EventExamples.TOPIC_ID.toString();
        produce(bootstrapServers, EventType.TOPIC_PUBLISHED_V1, topicKey, published);
        awaitCatalogVersion(EventExamples.TOPIC_ID, 1);
        reader().get("/catalog/topics/{id}", EventExamples.TOPIC_ID).then().statusCode(200)
                .body("title", equalTo(published.title()))
                .body("essayQuestions[0].id", equalTo(EventExamples.ESSAY_QUESTION_ID.toString()));

        String student = EventExamples.STUDENT_ID;
        JsonPath started = start(student, startBody(EventExamples.TOPIC_ID, "PRACTICE", "questionTypes", List.of("TRUE_FALSE"),
                "includeEssay", true));
        String sessionId = started.getString("id");
        String planId = as(student).body(QuizClient.plan())
                .post("/sessions/{s}/items/{i}/essay-plan", sessionId, itemOfType(started, "ESSAY").get("id"))
                .then().statusCode(202).extract().path("planId");
        // The example grades name the example's plan, but quiz-service gives plans ids of its own: this plan takes that id.
        QuarkusTransaction.requiringNew().run(() ->
                SessionItem.update("planId = ?1 where planId = ?2", EventExamples.PLAN_ID, UUID.fromString(planId)));
        String gradeKey = EventExamples.PLAN_ID.toString();

        produce(bootstrapServers, EventType.ASSESSMENT_GRADED_V1, gradeKey, EventExamples.assessmentGraded());
        await().atMost(Duration.ofSeconds(30)).until(() -> "GRADED".equals(essayItem(sessionId).getString("state")));
        JsonPath selfGraded = essayItem(sessionId);
        assertThat(selfGraded.getString("essayProgress.planId")).isEqualTo(gradeKey);
        assertThat(selfGraded.getDouble("essayProgress.grade.mark")).isEqualTo(14.0);
        assertThat(selfGraded.getString("essayProgress.grade.gradedBy")).isEqualTo("SELF");
        assertThat(selfGraded.getList("essayProgress.grade.criteria.criterionKey")).containsExactly("knowledge", "judgement");

        produce(bootstrapServers, EventType.ASSESSMENT_MODERATED_V1, gradeKey, EventExamples.assessmentModerated());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "TEACHER".equals(essayItem(sessionId).getString("essayProgress.grade.gradedBy")));
        assertThat(essayItem(sessionId).getDouble("essayProgress.grade.mark")).isEqualTo(11.0);

        produce(bootstrapServers, EventType.TOPIC_RETRACTED_V1, topicKey, EventExamples.topicRetracted());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                reader().get("/catalog/topics/{id}", EventExamples.TOPIC_ID).statusCode() == 404);
    }

    private static JsonPath essayItem(String sessionId) {
        return session(EventExamples.STUDENT_ID, sessionId).setRootPath(ESSAY_ITEM);
    }
}
