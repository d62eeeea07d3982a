package org.examsuite.grading.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
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

/**
 * Every misuse gets an RFC 9457 problem response with a 4xx status, and changes nothing: the callers,
 * the life cycle of an assessment here; bad input to each endpoint in
 * {@link BadInputTest}.
 */
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

    private String submitted() {
        return asStudent().contentType(ContentType.JSON)
                .body(TestEvents.planBody(questionId, DemoPlans.strong(DemoPack.MACHINATIONS)))
                .post("/assessments").then().statusCode(201).extract().path("id");
    }

    @Test
    void aCallerWhoDoesNotSayWhoTheyAreIsUnauthorised() {
        problem(given().contentType(ContentType.JSON).body(TestEvents.planBody(questionId, DemoPlans.strong(DemoPack.MACHINATIONS)))
                .post("/assessments").then(), 401);
        problem(given().get("/assessments").then(), 401);
        problem(given().get("/calibration").then(), 401);
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
