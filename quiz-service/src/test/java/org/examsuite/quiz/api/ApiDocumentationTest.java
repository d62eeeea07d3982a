package org.examsuite.quiz.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApiDocumentationTest {

    @Test
    void everyPathIsInTheOpenApiDocumentAndTheServiceReportsHealthy() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/catalog/topics/{topicId}"))
                .body(containsString("/sessions/{sessionId}/items/{itemId}/answer"))
                .body(containsString("/sessions/{sessionId}/items/{itemId}/essay-plan"))
                .body(containsString("/sessions/{sessionId}/result"))
                .body(containsString("/progress/{studentId}"))
                .body(containsString("/students/{studentId}"));
        given().get("/q/health/live").then().statusCode(200);
    }
}
