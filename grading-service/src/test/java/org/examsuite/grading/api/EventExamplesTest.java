package org.examsuite.grading.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.events.EventExamples;
import org.examsuite.events.EventType;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.grading.TestEvents;
import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** grading-service's consumers take the contract's own example of every event type they consume, each to its effect. */
@QuarkusTest
class EventExamplesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theExamplesOfTopicsPlansAndErasuresTakeEffect() {
        TopicPublishedV1 published = EventExamples.topicPublished();
        String topicKey = EventExamples.TOPIC_ID.toString();
        TestEvents.produce(bootstrapServers, EventType.TOPIC_PUBLISHED_V1, topicKey, published);
        TestEvents.awaitQuestions(EventExamples.TOPIC_ID, 1);
        reader().get("/essay-questions/{id}", EventExamples.ESSAY_QUESTION_ID).then().statusCode(200)
                .body("prompt", equalTo(published.essayQuestions().get(0).prompt()))
                .body("rubric.criteria.key", equalTo(List.of("knowledge", "judgement")))
                .body("openForPlans", equalTo(true));

        // Each example waits for the one before: they travel on different topics, so their order is not otherwise kept.
        TestEvents.produce(bootstrapServers, EventType.ESSAY_PLAN_SUBMITTED_V1, EventExamples.PLAN_ID.toString(),
                EventExamples.essayPlanSubmitted());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> student().get("/assessments/{id}", EventExamples.PLAN_ID)
                .then().statusCode(200)
                .body("studentId", equalTo(EventExamples.STUDENT_ID))
                .body("source.sessionId", equalTo(EventExamples.SESSION_ID.toString()))
                .body("question.id", equalTo(EventExamples.ESSAY_QUESTION_ID.toString())));

        TestEvents.produce(bootstrapServers, EventType.STUDENT_ERASURE_REQUESTED_V1, EventExamples.STUDENT_ID,
                EventExamples.studentErasureRequested());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                student().get("/assessments/{id}", EventExamples.PLAN_ID).then().statusCode(404));

        TestEvents.produce(bootstrapServers, EventType.TOPIC_RETRACTED_V1, topicKey, EventExamples.topicRetracted());
        TestEvents.awaitQuestions(EventExamples.TOPIC_ID, 0);
        reader().get("/essay-questions/{id}", EventExamples.ESSAY_QUESTION_ID).then().statusCode(200)
                .body("openForPlans", equalTo(false));
    }

    private static RequestSpecification reader() {
        return TestTokens.asStudent(TestEvents.READER);
    }

    private static RequestSpecification student() {
        return TestTokens.asStudent(EventExamples.STUDENT_ID);
    }
}
