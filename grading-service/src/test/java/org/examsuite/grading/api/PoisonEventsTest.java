package org.examsuite.grading.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.devbroker.PoisonKind;
import org.examsuite.devbroker.PoisonRecord;
import org.examsuite.events.EventExamples;
import org.examsuite.events.EventType;
import org.examsuite.events.KafkaTopic;
import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.content.Rubric;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.events.privacy.StudentErasureRequestedV1;
import org.examsuite.events.quiz.EssayPlan;
import org.examsuite.events.quiz.EssayPlanSubmittedV1;
import org.examsuite.events.quiz.PlanPoint;
import org.examsuite.grading.DemoPack;
import org.examsuite.grading.DemoPlans;
import org.examsuite.grading.TestEvents;
import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Each record grading-service's consumers cannot use goes to the consumer's dead-letter topic, as it
 * was produced and with the reason, and the next event under the same key (on the same partition,
 * queued behind the poison) is still applied. Each poison concerns a bystander of its own, which must
 * show no trace of it.
 */
@QuarkusTest
class PoisonEventsTest {

    private static UUID plansTopicId;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static Stream<PoisonKind<TopicPublishedV1>> topicEventPoison() {
        PoisonKind<TopicPublishedV1> withoutRubric = new PoisonKind<>("essay question without a rubric", topic ->
                PoisonRecord.withPayload(EventType.TOPIC_PUBLISHED_V1, withFirstQuestionGradedBy(topic, null),
                        "breaks its schema", "rubric"));
        // Within the schema, but nothing to grade against: caught by the service itself.
        PoisonKind<TopicPublishedV1> withoutCriteria = new PoisonKind<>("rubric without criteria", topic -> {
            Rubric rubric = topic.essayQuestions().get(0).rubric();
            return PoisonRecord.withPayload(EventType.TOPIC_PUBLISHED_V1, withFirstQuestionGradedBy(topic,
                    new Rubric(rubric.id(), rubric.version(), rubric.name(), List.of())), "lacks its id or its rubric");
        });
        return Stream.concat(PoisonKind.<TopicPublishedV1>every(EventType.TOPIC_PUBLISHED_V1, "topicId", "version", "one").stream(),
                Stream.of(withoutRubric, withoutCriteria));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topicEventPoison")
    void aTopicEventTheQuestionsCannotBeReadFromIsDeadLetteredAndTheNextTopicsQuestionsAreListed(
            PoisonKind<TopicPublishedV1> kind) {
        UUID bystander = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        PoisonRecord poison = kind.against(DemoPack.topic(bystander, 1));

        poison.produce(bootstrapServers, KafkaTopic.CONTENT_TOPICS, next.toString());
        TestEvents.publishDemoTopic(bootstrapServers, next);

        poison.awaitDeadLettered(bootstrapServers, KafkaTopic.CONTENT_TOPICS, KafkaTopic.GRADING_CONTENT_TOPICS_DLQ,
                next.toString());
        TestTokens.asStudent(TestEvents.READER).queryParam("topicId", bystander).queryParam("includeClosed", true)
                .get("/essay-questions").then().statusCode(200).body("total", equalTo(0));
    }

    static Stream<PoisonKind<EssayPlanSubmittedV1>> planEventPoison() {
        PoisonKind<EssayPlanSubmittedV1> overTheLimits = new PoisonKind<>("plan over the length limits", submitted ->
                PoisonRecord.withPayload(EventType.ESSAY_PLAN_SUBMITTED_V1, new EssayPlanSubmittedV1(submitted.planId(),
                        submitted.studentId(), submitted.sessionId(), submitted.itemId(), submitted.essayQuestionId(),
                        submitted.topicId(), submitted.topicVersion(),
                        new EssayPlan("t".repeat(5000), List.of(new PlanPoint("A point", "", "")), "", ""),
                        submitted.submittedAt()), "thesis"));
        return Stream.concat(
                PoisonKind.<EssayPlanSubmittedV1>every(EventType.ESSAY_PLAN_SUBMITTED_V1, "planId", "plan", "a plan as plain text")
                        .stream(),
                Stream.of(overTheLimits));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planEventPoison")
    void aPlanEventThatCannotBeAssessedIsDeadLetteredAndTheNextPlanIsAssessed(PoisonKind<EssayPlanSubmittedV1> kind) {
        UUID topicId = plansTopic();
        EssayQuestion question = DemoPack.question(topicId, DemoPack.MACHINATIONS);
        String student = "student-" + UUID.randomUUID();
        UUID bystander = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        PoisonRecord poison = kind.against(TestEvents.planSubmitted(bystander, student, question, topicId, 1,
                DemoPlans.strong(DemoPack.MACHINATIONS)));

        poison.produce(bootstrapServers, KafkaTopic.QUIZ_ESSAY_PLANS, next.toString());
        TestEvents.produce(bootstrapServers, EventType.ESSAY_PLAN_SUBMITTED_V1, next.toString(),
                TestEvents.planSubmitted(next, student, question, topicId, 1, DemoPlans.strong(DemoPack.MACHINATIONS)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                TestTokens.asStudent(student).get("/assessments/{id}", next).then().statusCode(200));
        poison.awaitDeadLettered(bootstrapServers, KafkaTopic.QUIZ_ESSAY_PLANS, KafkaTopic.GRADING_ESSAY_PLANS_DLQ,
                next.toString());
        TestTokens.asStudent(student).get("/assessments/{id}", bystander).then().statusCode(404);
    }

    static Stream<PoisonKind<StudentErasureRequestedV1>> erasureEventPoison() {
        return PoisonKind.<StudentErasureRequestedV1>every(EventType.STUDENT_ERASURE_REQUESTED_V1, "studentId",
                "requestedAt", 20261129).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("erasureEventPoison")
    void anErasureEventThatCannotBeUsedIsDeadLetteredAndTheNextErasureDeletes(PoisonKind<StudentErasureRequestedV1> kind) {
        String bystander = "student-" + UUID.randomUUID();
        String erased = "student-" + UUID.randomUUID();
        String kept = submitPlan(bystander);
        String deleted = submitPlan(erased);
        PoisonRecord poison = kind.against(new StudentErasureRequestedV1(bystander, EventExamples.ADMIN_ID, Instant.now()));

        poison.produce(bootstrapServers, KafkaTopic.PRIVACY_ERASURES, erased);
        TestEvents.produce(bootstrapServers, EventType.STUDENT_ERASURE_REQUESTED_V1, erased,
                new StudentErasureRequestedV1(erased, EventExamples.ADMIN_ID, Instant.now()));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                TestTokens.asStudent(erased).get("/assessments/{id}", deleted).then().statusCode(404));
        poison.awaitDeadLettered(bootstrapServers, KafkaTopic.PRIVACY_ERASURES, KafkaTopic.GRADING_PRIVACY_ERASURES_DLQ, erased);
        TestTokens.asStudent(bystander).get("/assessments/{id}", kept).then().statusCode(200);
    }

    private static TopicPublishedV1 withFirstQuestionGradedBy(TopicPublishedV1 topic, Rubric rubric) {
        EssayQuestion question = topic.essayQuestions().get(0);
        return DemoPack.topic(topic.topicId(), topic.version(), List.of(new EssayQuestion(question.id(), question.prompt(),
                question.commandWord(), question.marks(), question.suggestedMinutes(), question.guidance(), rubric,
                question.indicativeContent())));
    }

    /** The topic that plans are written for, published once for the class. */
    private UUID plansTopic() {
        if (plansTopicId == null) {
            UUID topicId = UUID.randomUUID();
            TestEvents.publishDemoTopic(bootstrapServers, topicId);
            plansTopicId = topicId;
        }
        return plansTopicId;
    }

    private String submitPlan(String student) {
        UUID topicId = plansTopic();
        return TestTokens.asStudent(student).contentType(ContentType.JSON)
                .body(TestEvents.planBody(DemoPack.questionId(topicId, DemoPack.MACHINATIONS),
                        DemoPlans.strong(DemoPack.MACHINATIONS)))
                .post("/assessments").then().statusCode(201).extract().path("id");
    }
}
