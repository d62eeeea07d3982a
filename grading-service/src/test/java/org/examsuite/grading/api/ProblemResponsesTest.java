package org.examsuite.grading.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.grading.DemoPack;
import org.examsuite.grading.DemoPlans;
import org.examsuite.grading.TestEvents;
import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Every misuse gets an RFC 9457 problem response with a 4xx status, and changes nothing. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final UUID topicId = UUID.randomUUID();
    private final String student = "student-" + UUID.randomUUID();
    private UUID questionId;

    @BeforeEach
    void publishTheDemoTopic() {
        TestEvents.publishDemoTopic(bootstrapServers, topicId);
        questionId = DemoPack.questionId(topicId, DemoPack.MACHINATIONS);
    }

    private RequestSpecification asStudent() {
        return TestTokens.asStudent(student);
    }

    private RequestSpecification asTeacher() {
        return TestTokens.asTeacher("teacher-1");
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(PROBLEM).body("status", equalTo(status)).body("title", org.hamcrest.Matchers.notNullValue());
    }

    private int myAssessments() {
        return asStudent().get("/assessments").then().statusCode(200).extract().path("total");
    }

    private String submitted() {
        return asStudent().contentType(ContentType.JSON)
                .body(TestEvents.planBody(questionId, DemoPlans.strong(DemoPack.MACHINATIONS)))
                .post("/assessments").then().statusCode(201).extract().path("id");
    }

    @Test
    void aPlanOverTheLengthLimitsIsRefusedNamingEachPartAtFault() {
        Map<String, Object> body = TestEvents.planBody(questionId, DemoPlans.strong(DemoPack.MACHINATIONS));
        body.put("thesis", "x".repeat(1001));
        List<Map<String, String>> points = new ArrayList<>();
        points.add(Map.of("point", "The apparatus", "evidence", "y".repeat(1501), "explanation", "Because."));
        body.put("points", points);

        problem(asStudent().contentType(ContentType.JSON).body(body).post("/assessments").then(), 400)
                .body("errors.field", hasItem("thesis"))
                .body("errors.field", hasItem("points[0].evidence"));
        assertThat(myAssessments()).isZero();
    }

    @Test
    void aPlanWithoutPointsOrQuestionIsRefused() {
        Map<String, Object> body = TestEvents.planBody(questionId, DemoPlans.strong(DemoPack.MACHINATIONS));
        body.put("points", List.of());
        body.remove("essayQuestionId");

        problem(asStudent().contentType(ContentType.JSON).body(body).post("/assessments").then(), 400)
                .body("errors.field", hasItem("points"))
                .body("errors.field", hasItem("essayQuestionId"));
        problem(asStudent().contentType(ContentType.JSON).body("{\"thesis\": ").post("/assessments").then(), 400);
        problem(asStudent().contentType(ContentType.JSON).body(TestEvents.planBody(UUID.randomUUID(),
                DemoPlans.strong(DemoPack.MACHINATIONS))).post("/assessments").then(), 404);
        assertThat(myAssessments()).isZero();
    }

    @Test
    void aCallerWhoDoesNotSayWhoTheyAreIsUnauthorised() {
        problem(given().contentType(ContentType.JSON).body(TestEvents.planBody(questionId, DemoPlans.strong(DemoPack.MACHINATIONS)))
                .post("/assessments").then(), 401);
        problem(given().get("/assessments").then(), 401);
        problem(given().get("/calibration").then(), 401);
    }

    @Test
    void aSelfAssessmentMustUseTheRubricsCriteriaAndLevels() {
        String id = submitted();

        Map<String, Object> unknownCriterion = Map.of("criteria", List.of(
                Map.of("criterionKey", "style", "level", 3, "justification", "Nicely written."),
                Map.of("criterionKey", "analysis", "level", 7, "justification", "Very analytical."),
                Map.of("criterionKey", "evaluation", "level", 4, "justification", "Weighed.")));
        problem(asStudent().contentType(ContentType.JSON).body(unknownCriterion)
                .put("/assessments/{id}/self-assessment", id).then(), 400)
                .body("errors.field", equalTo(List.of("criteria[0].criterionKey", "criteria[1].level")))
                .body("errors[0].message", containsString("knowledge, analysis, evaluation"));

        Map<String, Object> missing = Map.of("criteria", List.of(
                Map.of("criterionKey", "knowledge", "level", 3, "justification", "Some detail.")));
        problem(asStudent().contentType(ContentType.JSON).body(missing).put("/assessments/{id}/self-assessment", id).then(), 400)
                .body("errors[0].field", equalTo("criteria"))
                .body("errors[0].message", containsString("analysis, evaluation"));

        Map<String, Object> noJustification = Map.of("criteria", List.of(
                Map.of("criterionKey", "knowledge", "level", 3, "justification", " ")));
        problem(asStudent().contentType(ContentType.JSON).body(noJustification)
                .put("/assessments/{id}/self-assessment", id).then(), 400)
                .body("errors.field", hasItem("criteria[0].justification"));

        asStudent().get("/assessments/{id}", id).then().body("status", equalTo("AWAITING_SELF_ASSESSMENT"))
                .body("selfAssessment", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aPlanIsSelfAssessedOnceAndOnlyByItsStudent() {
        String id = submitted();
        asStudent().contentType(ContentType.JSON).body(TestEvents.levels(4, 4, 4))
                .put("/assessments/{id}/self-assessment", id).then().statusCode(200);

        problem(asStudent().contentType(ContentType.JSON).body(TestEvents.levels(5, 5, 5))
                .put("/assessments/{id}/self-assessment", id).then(), 409);
        problem(TestTokens.asStudent("student-other").contentType(ContentType.JSON)
                .body(TestEvents.levels(5, 5, 5)).put("/assessments/{id}/self-assessment", id).then(), 404);
        problem(asTeacher().contentType(ContentType.JSON).body(TestEvents.levels(5, 5, 5))
                .put("/assessments/{id}/self-assessment", id).then(), 403);

        asStudent().get("/assessments/{id}", id).then().body("selfAssessment.criteria.level", equalTo(List.of(4, 4, 4)));
    }

    @Test
    void anotherStudentsAssessmentDoesNotExistForYou() {
        String id = submitted();

        problem(TestTokens.asStudent("student-other").get("/assessments/{id}", id).then(), 404);
        problem(TestTokens.asStudent("student-other")
                .get("/calibration/{studentId}", student).then(), 404);
        problem(asStudent().get("/reports/essay-questions/{id}", questionId).then(), 403);
        problem(asTeacher().get("/reports/essay-questions/{id}", UUID.randomUUID()).then(), 404);
        asTeacher().get("/assessments/{id}", id).then().statusCode(200);
    }

    @Test
    void moderationIsForTeachersAfterTheStudentAndOnce() {
        String id = submitted();

        problem(asTeacher().contentType(ContentType.JSON).body(TestEvents.moderation(3, 3, 3))
                .put("/assessments/{id}/moderation", id).then(), 409);
        asStudent().contentType(ContentType.JSON).body(TestEvents.levels(5, 5, 5))
                .put("/assessments/{id}/self-assessment", id).then().statusCode(200);

        problem(asStudent().contentType(ContentType.JSON).body(TestEvents.moderation(5, 5, 5))
                .put("/assessments/{id}/moderation", id).then(), 403);
        Map<String, Object> markOutsideBand = Map.of("criteria", List.of(
                Map.of("criterionKey", "knowledge", "level", 3, "mark", 9, "comment", "Thin."),
                Map.of("criterionKey", "analysis", "level", 3, "comment", "Thin."),
                Map.of("criterionKey", "evaluation", "level", 3, "comment", "Thin.")));
        problem(asTeacher().contentType(ContentType.JSON).body(markOutsideBand)
                .put("/assessments/{id}/moderation", id).then(), 400)
                .body("errors[0].field", equalTo("criteria[0].mark"))
                .body("errors[0].message", containsString("5-6"));
        problem(asTeacher().contentType(ContentType.JSON).body(TestEvents.moderation(3, 3, 9))
                .put("/assessments/{id}/moderation", id).then(), 400)
                .body("errors[0].field", equalTo("criteria[2].level"));
        asStudent().get("/assessments/{id}", id).then().body("status", equalTo("SELF_ASSESSED"));

        asTeacher().contentType(ContentType.JSON).body(TestEvents.moderation(4, 4, 4))
                .put("/assessments/{id}/moderation", id).then().statusCode(200);
        problem(asTeacher().contentType(ContentType.JSON).body(TestEvents.moderation(3, 3, 3))
                .put("/assessments/{id}/moderation", id).then(), 409);
        asStudent().get("/assessments/{id}", id).then().body("moderation.criteria.teacherLevel", equalTo(List.of(4, 4, 4)));
    }

    @Test
    void badQueryParametersAreRefused() {
        problem(asStudent().queryParam("status", "FINISHED").get("/assessments").then(), 400)
                .body("errors[0].field", equalTo("status"));
        problem(asStudent().queryParam("size", 500).get("/assessments").then(), 400)
                .body("errors[0].field", equalTo("size"));
        problem(asStudent().get("/essay-questions/{id}", UUID.randomUUID()).then(), 404);
        problem(asStudent().get("/essay-questions/{id}?version=9", questionId).then(), 404);
    }
}
