package org.examsuite.grading.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.devbroker.TopicReader;
import org.examsuite.events.CloudEventHeaders;
import org.examsuite.events.EventJson;
import org.examsuite.events.EventSchemas;
import org.examsuite.events.EventType;
import org.examsuite.events.KafkaTopic;
import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.events.grading.AssessmentGradedV1;
import org.examsuite.events.grading.AssessmentModeratedV1;
import org.examsuite.events.grading.CriterionGrade;
import org.examsuite.events.grading.Grader;
import org.examsuite.events.quiz.EssayPlanSubmittedV1;
import org.examsuite.grading.DemoPack;
import org.examsuite.grading.DemoPlans;
import org.examsuite.grading.TestEvents;
import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The whole life of an assessment against PostgreSQL and a real broker: a plan from quiz-service's
 * event is checked, self-assessed and moderated, and the grades are read back off the broker.
 */
@QuarkusTest
class AssessmentFlowTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final UUID topicId = UUID.randomUUID();
    private final String student = "student-" + UUID.randomUUID();
    private final String teacher = "teacher-" + UUID.randomUUID();
    private TopicPublishedV1 topic;
    private EssayQuestion machinations;

    @BeforeEach
    void publishTheDemoTopic() {
        topic = TestEvents.publishDemoTopic(bootstrapServers, topicId);
        machinations = DemoPack.question(topicId, DemoPack.MACHINATIONS);
    }

    private RequestSpecification asStudent() {
        return TestTokens.asStudent(student);
    }

    private RequestSpecification asTeacher() {
        return TestTokens.asTeacher(teacher);
    }

    @Test
    void aPlanFromAQuizSessionIsCheckedSelfAssessedAndModeratedAndTheGradesLeaveAsEvents() throws Exception {
        UUID planId = UUID.randomUUID();
        EssayPlanSubmittedV1 submitted = TestEvents.planSubmitted(planId, student, machinations, topicId, topic.version(),
                DemoPlans.strong(DemoPack.MACHINATIONS));
        String eventId = TestEvents.produce(bootstrapServers, EventType.ESSAY_PLAN_SUBMITTED_V1, planId.toString(), submitted);

        // The assessment appears under the plan's id, with the checks run on arrival.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                asStudent().get("/assessments/{id}", planId).then().statusCode(200));
        JsonPath assessment = asStudent().get("/assessments/{id}", planId).then().statusCode(200)
                .body("status", equalTo("AWAITING_SELF_ASSESSMENT"))
                .body("studentId", equalTo(student))
                .body("source.sessionId", equalTo(submitted.sessionId().toString()))
                .body("question.id", equalTo(machinations.id().toString()))
                .body("question.version", equalTo(1))
                .body("question.rubricId", equalTo(machinations.rubric().id().toString()))
                .body("question.rubricVersion", equalTo(1))
                .body("rubric.criteria", hasSize(3))
                .body("rubric.criteria[0].levels[4].descriptor", notNullValue())
                .body("checks.heuristic", equalTo(true))
                .body("checks.note", notNullValue())
                .body("checks.coverage.factors", equalTo(10))
                .body("checks.coverage.covered.size()", greaterThanOrEqualTo(8))
                .body("checks.judgement.strength", equalTo("WEIGHED"))
                .body("checks.balance.strength", equalTo("DEVELOPED"))
                .body("checks.estimates.criterionKey", equalTo(List.of("knowledge", "analysis", "evaluation")))
                .body("selfAssessment", nullValue())
                .extract().jsonPath();
        assertThat(assessment.getString("checks.estimates[0].summary")).startsWith("covers 9 of 10 factors");

        // Redelivery of the same record, and the same plan under a new event id, create nothing new. A later
        // plan on the same partition proves both were consumed before it.
        TestEvents.produce(bootstrapServers, EventType.ESSAY_PLAN_SUBMITTED_V1, planId.toString(), submitted, eventId);
        TestEvents.produce(bootstrapServers, EventType.ESSAY_PLAN_SUBMITTED_V1, planId.toString(), submitted);
        UUID laterPlan = UUID.randomUUID();
        TestEvents.produce(bootstrapServers, EventType.ESSAY_PLAN_SUBMITTED_V1, planId.toString(),
                TestEvents.planSubmitted(laterPlan, student, machinations, topicId, 1, DemoPlans.listLike(DemoPack.MACHINATIONS)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                asStudent().get("/assessments/{id}", laterPlan).then().statusCode(200));
        asStudent().get("/assessments").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", hasItem(planId.toString()));
        asStudent().get("/assessments/{id}", planId).then()
                .body("submittedAt", equalTo(assessment.getString("submittedAt")));

        // The student grades their plan; marks follow the bands, placed by the evidence.
        JsonPath self = asStudent().contentType(ContentType.JSON).body(TestEvents.levels(5, 4, 5))
                .put("/assessments/{id}/self-assessment", planId).then().statusCode(200)
                .body("maxMarks", equalTo(30))
                .body("criteria.level", equalTo(List.of(5, 4, 5)))
                .body("calibration.agreement", equalTo(List.of("WITHIN_EVIDENCE", "BELOW_EVIDENCE", "WITHIN_EVIDENCE")))
                .body("calibration[1].selfDescriptor", notNullValue())
                .body("calibration[1].evidenceDescriptor", notNullValue())
                .extract().jsonPath();
        // Evidence [5,5] for each criterion: 5 agrees exactly (middle of 9-10, rounded up); 4 is below it (top of 7-8).
        assertThat(self.getList("criteria.mark", Integer.class)).containsExactly(10, 8, 10);
        assertThat(self.getInt("total")).isEqualTo(28);

        ConsumerRecord<String, String> graded = TopicReader.await(bootstrapServers, KafkaTopic.GRADING_ASSESSMENTS.topicName(),
                r -> planId.toString().equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        assertCloudEvent(graded, EventType.ASSESSMENT_GRADED_V1);
        AssessmentGradedV1 gradedEvent = EventJson.mapper().readValue(graded.value(), AssessmentGradedV1.class);
        assertThat(gradedEvent.assessmentId()).isEqualTo(planId);
        assertThat(gradedEvent.studentId()).isEqualTo(student);
        assertThat(gradedEvent.essayQuestionId()).isEqualTo(machinations.id());
        assertThat(gradedEvent.sessionId()).isEqualTo(submitted.sessionId());
        assertThat(gradedEvent.itemId()).isEqualTo(submitted.itemId());
        assertThat(gradedEvent.gradedBy()).isEqualTo(Grader.SELF);
        assertThat(gradedEvent.mark()).isEqualTo(28);
        assertThat(gradedEvent.maxMarks()).isEqualTo(30);
        assertThat(gradedEvent.criteria()).containsExactly(new CriterionGrade("knowledge", 5, 10, 10),
                new CriterionGrade("analysis", 4, 8, 10), new CriterionGrade("evaluation", 5, 10, 10));

        // The teacher finds it among the grades to moderate, and sets their own levels.
        asTeacher().queryParam("status", "SELF_ASSESSED").queryParam("studentId", student).get("/assessments").then()
                .statusCode(200).body("items.id", equalTo(List.of(planId.toString())));
        asTeacher().contentType(ContentType.JSON).body(TestEvents.moderation(5, 4, 3))
                .put("/assessments/{id}/moderation", planId).then().statusCode(200)
                .body("teacherId", equalTo(teacher))
                .body("total", equalTo(24))
                .body("selfTotal", equalTo(28))
                .body("criteria.selfMinusTeacher", equalTo(List.of(0, 0, 2)));

        ConsumerRecord<String, String> moderated = TopicReader.await(bootstrapServers,
                KafkaTopic.GRADING_ASSESSMENTS.topicName(), r -> planId.toString().equals(r.key()), 2, Duration.ofSeconds(30))
                .get(1);
        assertCloudEvent(moderated, EventType.ASSESSMENT_MODERATED_V1);
        AssessmentModeratedV1 moderatedEvent = EventJson.mapper().readValue(moderated.value(), AssessmentModeratedV1.class);
        assertThat(moderatedEvent.teacherId()).isEqualTo(teacher);
        assertThat(moderatedEvent.studentId()).isEqualTo(student);
        assertThat(moderatedEvent.gradedBy()).isEqualTo(Grader.TEACHER);
        assertThat(moderatedEvent.mark()).isEqualTo(24);
        assertThat(moderatedEvent.criteria()).extracting(CriterionGrade::level).containsExactly(5, 4, 3);

        // The student sees both grades side by side.
        asStudent().get("/assessments/{id}", planId).then().statusCode(200)
                .body("status", equalTo("MODERATED"))
                .body("selfAssessment.total", equalTo(28))
                .body("moderation.total", equalTo(24))
                .body("moderation.comment", equalTo("Good range; sharpen the judgement."))
                .body("moderation.criteria[2].teacherLevel", equalTo(3))
                .body("moderation.criteria[2].selfLevel", equalTo(5))
                .body("moderation.criteria[2].comment", equalTo("Weigh throughout."));
    }

    @Test
    void aPlanThatArrivesBeforeItsTopicWaitsForItInsteadOfBeingLost() {
        // Different topics, different partitions: quiz-service's plan can overtake the topic it was written for.
        UUID lateTopic = UUID.randomUUID();
        EssayQuestion question = DemoPack.question(lateTopic, DemoPack.CONSEQUENCES);
        UUID planId = UUID.randomUUID();
        TestEvents.produce(bootstrapServers, EventType.ESSAY_PLAN_SUBMITTED_V1, planId.toString(),
                TestEvents.planSubmitted(planId, student, question, lateTopic, 1, DemoPlans.strong(DemoPack.CONSEQUENCES)));
        asStudent().get("/assessments/{id}", planId).then().statusCode(404);

        TestEvents.publishDemoTopic(bootstrapServers, lateTopic);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> asStudent().get("/assessments/{id}", planId).then()
                .statusCode(200).body("question.id", equalTo(question.id().toString())).body("question.version", equalTo(1)));
    }

    @Test
    void aPlanSubmittedDirectlyBelongsToTheCallerAndIsCreatedAtItsOwnAddress() {
        Map<String, Object> body = TestEvents.planBody(machinations.id(), DemoPlans.listLike(DemoPack.MACHINATIONS));
        // A student cannot file a plan under someone else's name: the body's studentId is not read.
        body.put("studentId", "someone-else");

        var created = asStudent().contentType(ContentType.JSON).body(body).post("/assessments").then()
                .statusCode(201)
                .body("studentId", equalTo(student))
                .body("status", equalTo("AWAITING_SELF_ASSESSMENT"))
                .body("source", nullValue())
                .body("question.version", equalTo(1))
                .body("checks.judgement.answersCommandWord", equalTo(false))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/assessments/" + id);
        asStudent().get(created.header("Location")).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void calibrationOverTimeShowsTheGapBetweenSelfAndTeacherAndEvidence() {
        // First plan: strong, graded 5-5-5 by the student, 4-4-4 by the teacher.
        String first = submit(DemoPlans.strong(DemoPack.MACHINATIONS));
        grade(first, 5, 5, 5);
        moderate(first, 4, 4, 4);
        // Second plan: a list, still graded 5-5-5 by the student; the teacher gives 2-2-1.
        String second = submit(DemoPlans.listLike(DemoPack.MACHINATIONS));
        grade(second, 5, 5, 5);
        moderate(second, 2, 2, 1);

        JsonPath mine = asStudent().get("/calibration").then().statusCode(200)
                .body("studentId", equalTo(student))
                .body("assessments", equalTo(2))
                .body("criteria.criterionKey", equalTo(List.of("knowledge", "analysis", "evaluation")))
                .extract().jsonPath();
        // Evaluation: self − teacher was 1, then 4: mean 2.5, rising by 3 per assessment, the gap widening.
        assertThat(mine.getDouble("criteria[2].selfMinusTeacher.mean")).isEqualTo(2.5);
        assertThat(mine.getDouble("criteria[2].selfMinusTeacher.slope")).isEqualTo(3.0);
        assertThat(mine.getString("criteria[2].selfMinusTeacher.direction")).isEqualTo("WIDENING");
        // Against the evidence: the strong plan's estimate agreed (0); the list's evaluation estimate is 2-3, so 5 is 2 above.
        assertThat(mine.getList("criteria[2].points.selfMinusEvidence", Integer.class)).containsExactly(0, 2);
        assertThat(mine.getDouble("criteria[2].selfMinusEvidence.mean")).isEqualTo(1.0);

        asTeacher().get("/calibration/{studentId}", student).then().statusCode(200)
                .body("criteria[2].selfMinusTeacher.mean", equalTo(2.5f));
    }

    @Test
    void teachersSeeWhichFactorsPlansMissMostOften() {
        grade(submit(DemoPlans.strong(DemoPack.MACHINATIONS)), 5, 5, 5);
        submit(DemoPlans.listLike(DemoPack.MACHINATIONS));

        JsonPath report = asTeacher().get("/reports/essay-questions/{id}", machinations.id()).then().statusCode(200)
                .body("essayQuestionId", equalTo(machinations.id().toString()))
                .body("assessments", equalTo(2))
                .body("students", equalTo(1))
                .body("factors", hasSize(10))
                .extract().jsonPath();
        // The OGPU factor is missed by both plans, so it heads the list; the apparatus is covered by both.
        assertThat(report.getString("factors[0].factorKey")).isEqualTo("ogpu-limited-coercion");
        assertThat(report.getInt("factors[0].missed")).isEqualTo(2);
        assertThat(report.getDouble("factors[0].missedShare")).isEqualTo(1.0);
        assertThat(report.getList("factors.findAll { it.missed == 0 }.factorKey", String.class))
                .contains("general-secretary-apparatus");
    }

    @Test
    void aStudentListsOnlyTheirOwnAssessmentsAndTeachersListEveryone() {
        String mine = submit(DemoPlans.strong(DemoPack.COLLECTIVISATION), DemoPack.COLLECTIVISATION);
        String other = "student-" + UUID.randomUUID();
        TestTokens.asStudent(other).contentType(ContentType.JSON)
                .body(TestEvents.planBody(DemoPack.questionId(topicId, DemoPack.COLLECTIVISATION),
                        DemoPlans.listLike(DemoPack.COLLECTIVISATION)))
                .post("/assessments").then().statusCode(201);

        asStudent().get("/assessments").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(mine))
                .body("items[0].prompt", equalTo(DemoPack.question(topicId, DemoPack.COLLECTIVISATION).prompt()));
        // Naming another student in the filter finds nothing, as asking for their assessment does.
        asStudent().queryParam("studentId", other).get("/assessments").then().statusCode(404)
                .contentType("application/problem+json");
        asStudent().queryParam("studentId", student).get("/assessments").then().statusCode(200).body("total", equalTo(1));
        asTeacher().queryParam("essayQuestionId", DemoPack.questionId(topicId, DemoPack.COLLECTIVISATION))
                .get("/assessments").then().statusCode(200).body("total", equalTo(2));
    }

    private String submit(org.examsuite.events.quiz.EssayPlan plan) {
        return submit(plan, DemoPack.MACHINATIONS);
    }

    private String submit(org.examsuite.events.quiz.EssayPlan plan, String questionKey) {
        return asStudent().contentType(ContentType.JSON)
                .body(TestEvents.planBody(DemoPack.questionId(topicId, questionKey), plan))
                .post("/assessments").then().statusCode(201).extract().path("id");
    }

    private void grade(String assessmentId, int knowledge, int analysis, int evaluation) {
        asStudent().contentType(ContentType.JSON).body(TestEvents.levels(knowledge, analysis, evaluation))
                .put("/assessments/{id}/self-assessment", assessmentId).then().statusCode(200);
    }

    private void moderate(String assessmentId, int knowledge, int analysis, int evaluation) {
        asTeacher().contentType(ContentType.JSON).body(TestEvents.moderation(knowledge, analysis, evaluation))
                .put("/assessments/{id}/moderation", assessmentId).then().statusCode(200);
    }

    private static void assertCloudEvent(ConsumerRecord<String, String> record, EventType type) {
        assertThat(TopicReader.header(record, CloudEventHeaders.TYPE)).isEqualTo(type.ceType());
        assertThat(TopicReader.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/grading-service");
        assertThat(TopicReader.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(UUID.fromString(TopicReader.header(record, CloudEventHeaders.ID))).isNotNull();
        assertThat(TopicReader.header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(TopicReader.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo(CloudEventHeaders.JSON);
        assertThat(EventSchemas.violations(type, record.value())).isEmpty();
    }
}
