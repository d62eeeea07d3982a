package org.examsuite.content.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.util.stream.Stream;

import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Every endpoint refuses callers without a valid token, and teachers' endpoints refuse students. */
@QuarkusTest
class SecurityTest {

    private static final String SOME_ID = "6f1c1d1e-0000-4000-8000-000000000000";
    private static String publishedTopic;
    private static String draftTopic;

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("GET", "/topics", true),
                Arguments.of("POST", "/topics", false),
                Arguments.of("GET", "/topics/{id}", true),
                Arguments.of("PUT", "/topics/{id}", false),
                Arguments.of("DELETE", "/topics/{id}", false),
                Arguments.of("GET", "/topics/{id}/notes", true),
                Arguments.of("POST", "/topics/{id}/publish", false),
                Arguments.of("POST", "/topics/{id}/retract", false),
                Arguments.of("GET", "/topics/{id}/versions/1", false),
                Arguments.of("GET", "/topics/{id}/export", false),
                Arguments.of("GET", "/topics/{id}/sections", false),
                Arguments.of("POST", "/topics/{id}/sections", false),
                Arguments.of("GET", "/topics/{id}/sections/" + SOME_ID, false),
                Arguments.of("PUT", "/topics/{id}/sections/" + SOME_ID, false),
                Arguments.of("DELETE", "/topics/{id}/sections/" + SOME_ID, false),
                Arguments.of("GET", "/topics/{id}/questions", false),
                Arguments.of("POST", "/topics/{id}/questions", false),
                Arguments.of("GET", "/topics/{id}/questions/" + SOME_ID, false),
                Arguments.of("PUT", "/topics/{id}/questions/" + SOME_ID, false),
                Arguments.of("DELETE", "/topics/{id}/questions/" + SOME_ID, false),
                Arguments.of("GET", "/topics/{id}/essay-questions", false),
                Arguments.of("POST", "/topics/{id}/essay-questions", false),
                Arguments.of("GET", "/topics/{id}/essay-questions/" + SOME_ID, false),
                Arguments.of("PUT", "/topics/{id}/essay-questions/" + SOME_ID, false),
                Arguments.of("DELETE", "/topics/{id}/essay-questions/" + SOME_ID, false),
                Arguments.of("GET", "/rubrics", false),
                Arguments.of("POST", "/rubrics", false),
                Arguments.of("GET", "/rubrics/" + SOME_ID, false),
                Arguments.of("PUT", "/rubrics/" + SOME_ID, false),
                Arguments.of("DELETE", "/rubrics/" + SOME_ID, false),
                Arguments.of("POST", "/imports", false),
                Arguments.of("GET", "/search?q=stalin", true));
    }

    @BeforeEach
    void publishATopicAndKeepADraft() {
        if (publishedTopic != null) {
            return;
        }
        publishedTopic = TestTokens.asTeacher("teacher-1").contentType(ContentType.JSON).body("""
                {"format": "examsuite-content-pack", "formatVersion": 1, "topics": [
                  {"key": "security.published", "subject": "History", "title": "Visible", "levels": ["O_LEVEL"], "boards": [],
                   "sections": [{"key": "s", "title": "Notes", "keyPoints": [{"heading": "h", "text": "Lenin died in 1924."}]}],
                   "questions": [{"key": "q1", "type": "TRUE_FALSE", "prompt": "Lenin died in 1924.", "answer": true}]}]}""")
                .post("/imports").then().statusCode(200).extract().path("entries[0].id");
        TestTokens.asTeacher("teacher-1").post("/topics/{id}/publish", publishedTopic).then().statusCode(200);
        draftTopic = TestTokens.asTeacher("teacher-1").contentType(ContentType.JSON)
                .body("{\"subject\": \"History\", \"title\": \"Hidden draft\", \"levels\": [\"O_LEVEL\"], \"boards\": []}")
                .post("/topics").then().statusCode(201).extract().path("id");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void withoutAValidTokenEveryEndpointAnswers401(String method, String path, boolean studentsMayCall) {
        call(RestAssured.given(), method, path).then().statusCode(401).contentType("application/problem+json");
        call(RestAssured.given().auth().oauth2(TestTokens.expired("teacher-1", "teacher")), method, path).then().statusCode(401);
        call(RestAssured.given().auth().oauth2(TestTokens.signedByStranger("teacher-1", "teacher")), method, path).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void studentsReachOnlyWhatIsForStudents(String method, String path, boolean studentsMayCall) {
        int status = call(TestTokens.asStudent("student-1"), method, path).then().extract().statusCode();
        if (studentsMayCall) {
            org.assertj.core.api.Assertions.assertThat(status).isEqualTo(200);
        } else {
            org.assertj.core.api.Assertions.assertThat(status).isEqualTo(403);
        }
    }

    @Test
    void studentsSeeNoDraftsAndTeachersSeeThem() {
        TestTokens.asStudent("student-1").get("/topics/{id}", draftTopic).then().statusCode(404);
        TestTokens.asStudent("student-1").queryParam("size", 100).get("/topics")
                .then().statusCode(200).body("items.status", everyItem(equalTo("PUBLISHED")));
        TestTokens.asStudent("student-1").queryParam("status", "DRAFT").get("/topics").then().body("total", equalTo(0));
        TestTokens.asTeacher("teacher-1").get("/topics/{id}", draftTopic).then().statusCode(200).body("status", equalTo("DRAFT"));
        TestTokens.asStudent("student-1").get("/topics/{id}/notes", publishedTopic)
                .then().statusCode(200).body("[0].keyPoints[0].text", equalTo("Lenin died in 1924."));
    }

    @Test
    void healthMetricsAndTheApiDocumentNeedNoToken() {
        RestAssured.given().get("/q/health/live").then().statusCode(200);
        RestAssured.given().get("/q/openapi").then().statusCode(200);
        RestAssured.given().get("/q/metrics").then().statusCode(200);
    }

    private static io.restassured.response.Response call(RequestSpecification request, String method, String path) {
        RequestSpecification withBody = method.equals("POST") || method.equals("PUT")
                ? request.contentType(ContentType.JSON).body("{}") : request;
        return withBody.request(method, path.replace("{id}", publishedTopic));
    }
}
