package org.examsuite.grading.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.grading.DemoPack;
import org.examsuite.grading.DemoPlans;
import org.examsuite.grading.TestEvents;
import org.examsuite.platform.security.CurrentUser;
import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint, table-driven: without a valid token 401; with a role it does not admit 403; a
 * student reaching for another student's assessment or calibration 404 (so ids cannot be probed);
 * and the right user, in every role the endpoint admits, succeeds.
 */
@QuarkusTest
class SecurityTest {

    private static final Set<String> EVERYONE = Set.of(CurrentUser.STUDENT, CurrentUser.TEACHER, CurrentUser.ADMIN);
    private static final Set<String> STUDENTS = Set.of(CurrentUser.STUDENT);
    private static final Set<String> TEACHERS = Set.of(CurrentUser.TEACHER, CurrentUser.ADMIN);
    private static final String PROBLEM = "application/problem+json";

    /**
     * One endpoint. The path's placeholders are filled from a {@link Fixture}: {topic}, {question},
     * {owner} (the student who owns the fixture's assessments), {assessment} (awaiting the student's
     * grade) and {graded} (self-assessed, awaiting moderation).
     *
     * @param owned whether the resource belongs to one student, whom another student must not find
     */
    record Endpoint(String method, String path, Set<String> roles, boolean owned, int success) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET", "/essay-questions?topicId={topic}", EVERYONE, false, 200),
                new Endpoint("GET", "/essay-questions/{question}", EVERYONE, false, 200),
                new Endpoint("POST", "/assessments", STUDENTS, false, 201),
                new Endpoint("GET", "/assessments", EVERYONE, false, 200),
                new Endpoint("GET", "/assessments?studentId={owner}", EVERYONE, true, 200),
                new Endpoint("GET", "/assessments/{assessment}", EVERYONE, true, 200),
                new Endpoint("PUT", "/assessments/{assessment}/self-assessment", STUDENTS, true, 200),
                new Endpoint("PUT", "/assessments/{graded}/moderation", TEACHERS, false, 200),
                new Endpoint("GET", "/calibration", STUDENTS, false, 200),
                new Endpoint("GET", "/calibration/{owner}", EVERYONE, true, 200),
                new Endpoint("GET", "/reports/essay-questions/{question}", TEACHERS, false, 200));
    }

    static Stream<Endpoint> everyEndpoint() {
        return endpoints().stream();
    }

    static Stream<Endpoint> ownedEndpoints() {
        return endpoints().stream().filter(Endpoint::owned);
    }

    /** Each endpoint with each role it refuses. */
    static Stream<Arguments> refusedRoles() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String role : List.of(CurrentUser.STUDENT, CurrentUser.TEACHER, CurrentUser.ADMIN)) {
                if (!endpoint.roles().contains(role)) {
                    cases.add(Arguments.of(endpoint, role));
                }
            }
        }
        return cases.stream();
    }

    /** Each endpoint with each role it admits. */
    static Stream<Arguments> admittedRoles() {
        return endpoints().stream().flatMap(endpoint -> endpoint.roles().stream().sorted().map(role -> Arguments.of(endpoint, role)));
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static UUID topicId;
    /** For the refusals, which change nothing, one fixture serves every case. */
    private static Fixture shared;

    @BeforeEach
    void publishTheDemoTopicOnce() {
        if (topicId == null) {
            UUID topic = UUID.randomUUID();
            TestEvents.publishDemoTopic(bootstrapServers, topic);
            topicId = topic;
            shared = Fixture.create();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpoint")
    void withoutAValidTokenEveryEndpointAnswers401(Endpoint endpoint) {
        unauthorized(call(RestAssured.given(), endpoint, shared));
        unauthorized(call(RestAssured.given().auth().oauth2(TestTokens.expired(shared.owner, CurrentUser.STUDENT)), endpoint, shared));
        unauthorized(call(RestAssured.given().auth().oauth2(TestTokens.expired("teacher-1", CurrentUser.TEACHER)), endpoint, shared));
        unauthorized(call(RestAssured.given().auth().oauth2(TestTokens.signedByStranger(shared.owner, CurrentUser.STUDENT)),
                endpoint, shared));
        unauthorized(call(RestAssured.given().auth().oauth2(TestTokens.signedByStranger("admin-1", CurrentUser.ADMIN)),
                endpoint, shared));
        unauthorized(call(RestAssured.given().auth().oauth2("not-a-token"), endpoint, shared));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("refusedRoles")
    void aRoleTheEndpointDoesNotAdmitAnswers403(Endpoint endpoint, String role) {
        String user = role.equals(CurrentUser.STUDENT) ? shared.owner : role + "-1";
        forbidden(call(TestTokens.as(user, role), endpoint, shared));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpoint")
    void aTokenWithoutARoleAnswers403(Endpoint endpoint) {
        forbidden(call(TestTokens.as(shared.owner), endpoint, shared));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownedEndpoints")
    void anotherStudentFindsNothing(Endpoint endpoint) {
        call(TestTokens.asStudent("student-intruder-" + UUID.randomUUID()), endpoint, shared).then()
                .statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("admittedRoles")
    void theRightUserSucceeds(Endpoint endpoint, String role) {
        Fixture fresh = Fixture.create();
        String user = role.equals(CurrentUser.STUDENT) ? fresh.owner : role + "-" + UUID.randomUUID();
        Response response = call(TestTokens.as(user, role), endpoint, fresh);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(endpoint.success());
    }

    @Test
    void theRefusalsChangedNothing() {
        TestTokens.asStudent(shared.owner).get("/assessments/{id}", shared.assessment).then().statusCode(200)
                .body("status", equalTo("AWAITING_SELF_ASSESSMENT"));
        TestTokens.asStudent(shared.owner).get("/assessments/{id}", shared.graded).then().statusCode(200)
                .body("status", equalTo("SELF_ASSESSED"));
        TestTokens.asStudent(shared.owner).get("/assessments").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void aStudentsListHoldsOnlyTheirOwnAndTeachersSeeEveryone() {
        Fixture other = Fixture.create();
        TestTokens.asStudent(other.owner).get("/assessments").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.studentId", org.hamcrest.Matchers.everyItem(equalTo(other.owner)));
        TestTokens.asTeacher("teacher-1").queryParam("studentId", other.owner).get("/assessments").then().statusCode(200)
                .body("total", equalTo(2));
        TestTokens.as("admin-1", CurrentUser.ADMIN).get("/calibration/{student}", other.owner).then().statusCode(200)
                .body("studentId", equalTo(other.owner));
    }

    @Test
    void healthMetricsAndTheApiDocumentNeedNoToken() {
        RestAssured.given().get("/q/health/live").then().statusCode(200);
        RestAssured.given().get("/q/openapi").then().statusCode(200);
        RestAssured.given().get("/q/metrics").then().statusCode(200);
    }

    private static void unauthorized(Response response) {
        response.then().statusCode(401).contentType(PROBLEM).body("status", equalTo(401));
    }

    private static void forbidden(Response response) {
        response.then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
    }

    private static Response call(RequestSpecification request, Endpoint endpoint, Fixture fixture) {
        String path = endpoint.path().replace("{topic}", topicId.toString())
                .replace("{question}", fixture.question.toString())
                .replace("{owner}", fixture.owner)
                .replace("{assessment}", fixture.assessment)
                .replace("{graded}", fixture.graded);
        Object body = switch (path.substring(path.lastIndexOf('/'))) {
            case "/assessments" -> endpoint.method().equals("POST")
                    ? TestEvents.planBody(fixture.question, DemoPlans.listLike(DemoPack.MACHINATIONS)) : null;
            case "/self-assessment" -> TestEvents.levels(4, 4, 4);
            case "/moderation" -> TestEvents.moderation(3, 3, 3);
            default -> null;
        };
        RequestSpecification withBody = body == null ? request : request.contentType(ContentType.JSON).body(body);
        return withBody.request(endpoint.method(), path);
    }

    /** A student with two assessments of the demo topic's first question: one to grade, one graded. */
    private record Fixture(String owner, UUID question, String assessment, String graded) {

        static Fixture create() {
            String owner = "student-" + UUID.randomUUID();
            UUID question = DemoPack.questionId(topicId, DemoPack.MACHINATIONS);
            String assessment = submit(owner, question);
            String graded = submit(owner, question);
            TestTokens.asStudent(owner).contentType(ContentType.JSON).body(TestEvents.levels(5, 5, 5))
                    .put("/assessments/{id}/self-assessment", graded).then().statusCode(200);
            return new Fixture(owner, question, assessment, graded);
        }

        private static String submit(String owner, UUID question) {
            Map<String, Object> body = TestEvents.planBody(question, DemoPlans.strong(DemoPack.MACHINATIONS));
            return TestTokens.asStudent(owner).contentType(ContentType.JSON).body(body).post("/assessments").then()
                    .statusCode(201).extract().path("id");
        }
    }
}
