package org.examsuite.quiz.api;

import static org.awaitility.Awaitility.await;
import static org.examsuite.quiz.api.QuizClient.as;
import static org.examsuite.quiz.api.QuizClient.itemOfType;
import static org.examsuite.quiz.api.QuizClient.produce;
import static org.examsuite.quiz.api.QuizClient.published;
import static org.examsuite.quiz.api.QuizClient.reader;
import static org.examsuite.quiz.api.QuizClient.session;
import static org.examsuite.quiz.api.QuizClient.start;
import static org.examsuite.quiz.api.QuizClient.startBody;
import static org.examsuite.quiz.api.QuizClient.student;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.devbroker.PoisonKind;
import org.examsuite.devbroker.PoisonRecord;
import org.examsuite.events.EventType;
import org.examsuite.events.KafkaTopic;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.events.grading.AssessmentGradedV1;
import org.examsuite.events.grading.Grader;
import org.examsuite.quiz.TestTopics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Each record quiz-service's consumers cannot use goes to the consumer's dead-letter topic, as it was
 * produced and with the reason, and the next event under the same key (on the same partition, queued
 * behind the poison) is still applied. Each poison concerns a bystander of its own, which must show no
 * trace of it.
 */
@QuarkusTest
class PoisonEventsTest {

    private static TestTopics.Topic essayTopic;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static Stream<PoisonKind<TopicPublishedV1>> topicEventPoison() {
        return PoisonKind.<TopicPublishedV1>every(EventType.TOPIC_PUBLISHED_V1, "topicId", "version", "one").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topicEventPoison")
    void aTopicEventTheCatalogCannotUseIsDeadLetteredAndTheNextOneIsCatalogued(PoisonKind<TopicPublishedV1> kind) {
        TestTopics.Topic bystander = TestTopics.topic("Poisoned " + UUID.randomUUID());
        TestTopics.Topic next = TestTopics.topic("After poison " + UUID.randomUUID());
        String key = next.id().toString();
        PoisonRecord poison = kind.against(bystander.snapshot());

        poison.produce(bootstrapServers, KafkaTopic.CONTENT_TOPICS, key);
        published(bootstrapServers, next);

        poison.awaitDeadLettered(bootstrapServers, KafkaTopic.CONTENT_TOPICS, KafkaTopic.QUIZ_CONTENT_TOPICS_DLQ, key);
        reader().get("/catalog/topics/{id}", bystander.id()).then().statusCode(404);
    }

    static Stream<PoisonKind<AssessmentGradedV1>> gradeEventPoison() {
        PoisonKind<AssessmentGradedV1> anotherStudent = new PoisonKind<>("grade naming another student than the plan's",
                grade -> PoisonRecord.withPayload(EventType.ASSESSMENT_GRADED_V1, new AssessmentGradedV1(grade.assessmentId(),
                        "someone-else", grade.essayQuestionId(), null, null, Grader.SELF, grade.mark(), grade.maxMarks(),
                        List.of(), grade.gradedAt()), "someone-else", "another student"));
        return Stream.concat(
                PoisonKind.<AssessmentGradedV1>every(EventType.ASSESSMENT_GRADED_V1, "assessmentId", "mark", "fourteen").stream(),
                Stream.of(anotherStudent));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gradeEventPoison")
    void aGradeEventThatCannotBeFoldedInIsDeadLetteredAndTheNextGradeIsFoldedIn(PoisonKind<AssessmentGradedV1> kind) {
        HandedIn bystander = planHandedIn();
        HandedIn next = planHandedIn();
        String key = next.planId().toString();
        PoisonRecord poison = kind.against(bystander.graded(19));

        poison.produce(bootstrapServers, KafkaTopic.GRADING_ASSESSMENTS, key);
        produce(bootstrapServers, EventType.ASSESSMENT_GRADED_V1, key, next.graded(12));

        await().atMost(Duration.ofSeconds(30)).until(() -> "GRADED".equals(next.essayItem().getString("state")));
        poison.awaitDeadLettered(bootstrapServers, KafkaTopic.GRADING_ASSESSMENTS, KafkaTopic.QUIZ_GRADING_ASSESSMENTS_DLQ, key);
        as(next.student()).get("/sessions/{id}", next.sessionId()).then().statusCode(200)
                .body("items.find { it.type == 'ESSAY' }.essayProgress.grade.mark", equalTo(12.0f));
        as(bystander.student()).get("/sessions/{id}", bystander.sessionId()).then().statusCode(200)
                .body("items.find { it.type == 'ESSAY' }.state", equalTo("AWAITING_SELF_ASSESSMENT"));
    }

    /** An essay plan handed in during a session of its own, which a grade under the plan's id folds into. */
    private record HandedIn(String student, String sessionId, String itemId, UUID planId, UUID essayQuestionId) {

        AssessmentGradedV1 graded(int mark) {
            return new AssessmentGradedV1(planId, student, essayQuestionId, UUID.fromString(sessionId), UUID.fromString(itemId),
                    Grader.SELF, mark, 20, List.of(), Instant.now());
        }

        JsonPath essayItem() {
            return session(student, sessionId).setRootPath("items.find { it.type == 'ESSAY' }");
        }
    }

    private HandedIn planHandedIn() {
        if (essayTopic == null) {
            essayTopic = published(bootstrapServers, TestTopics.topic("Poison grades " + UUID.randomUUID()));
        }
        String student = student();
        JsonPath started = start(student, startBody(essayTopic.id(), "PRACTICE", "questionTypes", List.of("TRUE_FALSE"),
                "includeEssay", true));
        String sessionId = started.getString("id");
        String itemId = (String) itemOfType(started, "ESSAY").get("id");
        String planId = as(student).body(QuizClient.plan()).post("/sessions/{s}/items/{i}/essay-plan", sessionId, itemId)
                .then().statusCode(202).extract().path("planId");
        return new HandedIn(student, sessionId, itemId, UUID.fromString(planId), essayTopic.essay().id());
    }
}
