package org.examsuite.quiz.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examsuite.quiz.api.QuizClient.itemOfType;
import static org.examsuite.quiz.api.QuizClient.published;
import static org.examsuite.quiz.api.QuizClient.startBody;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.quiz.TestTopics;
import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint refuses callers without a valid token (401) and roles it does not admit (403);
 * a student's sessions, results and progress are that student's alone (another student gets 404,
 * as for an unknown id), while teachers and admins read them all and change none.
 */
@QuarkusTest
class SecurityTest {

    private static final Set<String> EVERYONE = Set.of("student", "teacher", "admin");
    private static final Set<String> STUDENTS = Set.of("student");
    private static final Set<String> ADMINS = Set.of("admin");

    /** The student who owns {@link #session}, which stays ACTIVE and unanswered through every test here. */
    private static final String OWNER = "student-owner-" + UUID.randomUUID();
    private static TestTopics.Topic topic;
    private static String session;
    private static String recallItem;
    private static String essayItem;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /**
     * Method, path ({topic}, {session}, {item}, {essay}, {student} stand for the owner's; {stranger} for a student with
     * no data, so that an admin's erasure leaves the owner's session alone) and the roles let in.
     */
    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("GET", "/catalog/topics", EVERYONE),
                Arguments.of("GET", "/catalog/topics/{topic}", EVERYONE),
                Arguments.of("POST", "/sessions", STUDENTS),
                Arguments.of("GET", "/sessions", EVERYONE),
                Arguments.of("GET", "/sessions/{session}", EVERYONE),
                Arguments.of("PUT", "/sessions/{session}/items/{item}/answer", STUDENTS),
                Arguments.of("POST", "/sessions/{session}/items/{essay}/essay-plan", STUDENTS),
                Arguments.of("POST", "/sessions/{session}/finish", STUDENTS),
                Arguments.of("POST", "/sessions/{session}/abandon", STUDENTS),
                Arguments.of("GET", "/sessions/{session}/result", EVERYONE),
                Arguments.of("GET", "/progress", STUDENTS),
                Arguments.of("GET", "/progress/{student}", EVERYONE),
                Arguments.of("DELETE", "/students/{stranger}", ADMINS));
    }

    @BeforeEach
    void publishATopicAndStartTheOwnersSession() {
        if (session != null) {
            return;
        }
        topic = published(bootstrapServers, TestTopics.topic("Security " + UUID.randomUUID()));
        JsonPath started = QuizClient.start(OWNER, startBody(topic.id(), "PRACTICE", "questionTypes", List.of("TRUE_FALSE"),
                "includeEssay", true));
        session = started.getString("id");
        recallItem = (String) itemOfType(started, "TRUE_FALSE").get("id");
        essayItem = (String) itemOfType(started, "ESSAY").get("id");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void withoutAValidTokenEveryEndpointAnswers401(String method, String path, Set<String> roles) {
        call(RestAssured.given(), method, path).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        call(RestAssured.given().auth().oauth2(TestTokens.expired(OWNER, "student")), method, path).then().statusCode(401)
                .contentType("application/problem+json");
        call(RestAssured.given().auth().oauth2(TestTokens.signedByStranger(OWNER, "student")), method, path).then()
                .statusCode(401).contentType("application/problem+json");
        call(RestAssured.given().auth().oauth2("not.a.token"), method, path).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void aRoleThatIsNotLetInGets403AndOneThatIsGetsPastTheDoor(String method, String path, Set<String> roles) {
        for (String role : EVERYONE) {
            int status = call(TestTokens.as(role + "-" + UUID.randomUUID(), role), method, path).then().extract().statusCode();
            if (roles.contains(role)) {
                assertThat(status).as("%s as %s", path, role).isNotIn(401, 403);
            } else {
                assertThat(status).as("%s as %s", path, role).isEqualTo(403);
            }
        }
        call(TestTokens.as("guest-1", "guest"), method, path).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anotherStudentGets404ForEveryStudentOwnedResourceAndChangesNothing() {
        String other = "student-other-" + UUID.randomUUID();
        for (String[] endpoint : new String[][] {
                {"GET", "/sessions/{session}"},
                {"PUT", "/sessions/{session}/items/{item}/answer"},
                {"POST", "/sessions/{session}/items/{essay}/essay-plan"},
                {"POST", "/sessions/{session}/finish"},
                {"POST", "/sessions/{session}/abandon"},
                {"GET", "/sessions/{session}/result"},
                {"GET", "/progress/{student}"}}) {
            call(TestTokens.asStudent(other), endpoint[0], endpoint[1], validBody(endpoint[1])).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        // The same answer as for an id that does not exist, so ids cannot be probed.
        TestTokens.asStudent(other).get("/sessions/{id}", UUID.randomUUID()).then().statusCode(404)
                .body("title", equalTo("Not found"));
        // Lists and filters show nothing of the owner's.
        TestTokens.asStudent(other).queryParam("size", 100).get("/sessions").then().statusCode(200)
                .body("items.id", not(hasItem(session)));
        TestTokens.asStudent(other).queryParam("studentId", OWNER).get("/sessions").then().statusCode(200)
                .body("total", equalTo(0)).body("items.size()", equalTo(0));
        TestTokens.asStudent(other).get("/progress").then().statusCode(200).body("studentId", equalTo(other))
                .body("topics.size()", equalTo(0));

        TestTokens.asStudent(OWNER).get("/sessions/{id}", session).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("answeredCount", equalTo(0));
    }

    @Test
    void theRightStudentGets2xxOnEveryStudentOwnedResource() {
        String student = "student-right-" + UUID.randomUUID();
        String started = QuizClient.as(student).body(startBody(topic.id(), "PRACTICE", "questionTypes", List.of("TRUE_FALSE"),
                "includeEssay", true)).post("/sessions").then().statusCode(201).extract().path("id");
        JsonPath read = QuizClient.as(student).get("/sessions/{id}", started).then().statusCode(200)
                .body("studentId", equalTo(student)).extract().jsonPath();
        QuizClient.as(student).body(Map.of("value", true))
                .put("/sessions/{s}/items/{i}/answer", started, itemOfType(read, "TRUE_FALSE").get("id"))
                .then().statusCode(200);
        QuizClient.as(student).body(QuizClient.plan())
                .post("/sessions/{s}/items/{i}/essay-plan", started, itemOfType(read, "ESSAY").get("id"))
                .then().statusCode(202);
        QuizClient.as(student).get("/sessions/{id}/result", started).then().statusCode(200);
        QuizClient.as(student).post("/sessions/{id}/finish", started).then().statusCode(200);
        QuizClient.as(student).queryParam("studentId", student).get("/sessions").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(started));
        QuizClient.as(student).get("/sessions").then().statusCode(200).body("total", equalTo(1));

        String abandoned = QuizClient.start(student, startBody(topic.id(), "PRACTICE")).getString("id");
        QuizClient.as(student).post("/sessions/{id}/abandon", abandoned).then().statusCode(200);

        QuizClient.as(student).get("/progress").then().statusCode(200).body("studentId", equalTo(student))
                .body("topics[0].topicId", equalTo(topic.id().toString()));
        QuizClient.as(student).get("/progress/{id}", student).then().statusCode(200).body("topics.size()", equalTo(1));
    }

    @Test
    void teachersAndAdminsReadEveryStudentsSessionsButChangeNone() {
        for (RequestSpecification reader : List.of(QuizClient.asTeacher("teacher-" + UUID.randomUUID()),
                QuizClient.asAdmin("admin-" + UUID.randomUUID()))) {
            reader.queryParam("studentId", OWNER).get("/sessions").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].id", equalTo(session)).body("items[0].studentId", equalTo(OWNER));
        }
        QuizClient.asTeacher("teacher-1").queryParam("size", 100).get("/sessions").then().statusCode(200)
                .body("items.studentId", everyItem(not(equalTo(null))));
        QuizClient.asTeacher("teacher-1").queryParam("studentId", OWNER).queryParam("status", "FINISHED").get("/sessions")
                .then().statusCode(200).body("total", equalTo(0));
        QuizClient.asTeacher("teacher-1").get("/sessions/{id}", session).then().statusCode(200)
                .body("studentId", equalTo(OWNER)).body("items.size()", equalTo(2));
        QuizClient.asAdmin("admin-1").get("/sessions/{id}/result", session).then().statusCode(200);
        QuizClient.asTeacher("teacher-1").get("/progress/{id}", OWNER).then().statusCode(200)
                .body("studentId", equalTo(OWNER));
        QuizClient.asTeacher("teacher-1").get("/sessions/{id}", UUID.randomUUID()).then().statusCode(404);

        for (String[] endpoint : new String[][] {
                {"PUT", "/sessions/{session}/items/{item}/answer"},
                {"POST", "/sessions/{session}/items/{essay}/essay-plan"},
                {"POST", "/sessions/{session}/finish"},
                {"POST", "/sessions/{session}/abandon"}}) {
            call(TestTokens.asTeacher("teacher-1"), endpoint[0], endpoint[1], validBody(endpoint[1])).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        QuizClient.asTeacher("teacher-1").body(startBody(topic.id(), "PRACTICE")).post("/sessions").then().statusCode(403);
        QuizClient.as(OWNER).get("/sessions/{id}", session).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("answeredCount", equalTo(0));
    }

    @Test
    void theStudentOfASessionIsTheTokensSubjectNeverABodysField() {
        String student = "student-sub-" + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(startBody(topic.id(), "PRACTICE"));
        body.put("studentId", "mallory");
        QuizClient.as(student).body(body).post("/sessions").then().statusCode(201).body("studentId", equalTo(student));
        QuizClient.asTeacher("teacher-1").queryParam("studentId", "mallory").get("/sessions").then().body("total", equalTo(0));
    }

    @Test
    void healthMetricsAndTheApiDocumentNeedNoToken() {
        RestAssured.given().get("/q/health/live").then().statusCode(200);
        RestAssured.given().get("/q/openapi").then().statusCode(200);
        RestAssured.given().get("/q/metrics").then().statusCode(200);
    }

    private static Response call(RequestSpecification request, String method, String path) {
        return call(request, method, path, "{}");
    }

    private static Response call(RequestSpecification request, String method, String path, Object body) {
        RequestSpecification withBody = method.equals("POST") || method.equals("PUT")
                ? request.contentType(ContentType.JSON).body(body) : request;
        return withBody.request(method, path.replace("{topic}", topic.id().toString()).replace("{session}", session)
                .replace("{item}", recallItem).replace("{essay}", essayItem).replace("{student}", OWNER)
                .replace("{stranger}", "student-stranger-" + UUID.randomUUID()));
    }

    /** A body the endpoint would accept from the session's owner, so that only the caller is at fault. */
    private static Object validBody(String path) {
        if (path.endsWith("/answer")) {
            return Map.of("value", true);
        }
        return path.endsWith("/essay-plan") ? QuizClient.plan() : "{}";
    }
}
