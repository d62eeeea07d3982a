package org.examsuite.content.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.examsuite.testsupport.TestTokens;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Helpers of the question-bank tests: the bank files under src/test/resources/banks, a rubric, imports. */
final class Banks {

    static final String RUBRIC_KEY = "bank-essay-20";

    private Banks() {
    }

    static RequestSpecification teacher() {
        return TestTokens.asTeacher("teacher-1");
    }

    static byte[] file(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("banks/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file banks/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(file(name), StandardCharsets.UTF_8);
    }

    /** The rubric the essay imports name (20 marks); made once per test run. */
    static void ensureRubric() {
        teacher().contentType("application/json").body("""
                {"key": "%s", "name": "Bank essay (20)", "criteria": [
                  {"key": "knowledge", "name": "Knowledge", "maxMarks": 10, "levels": [
                    {"level": 1, "descriptor": "Some", "minMark": 1, "maxMark": 5},
                    {"level": 2, "descriptor": "Full", "minMark": 6, "maxMark": 10}]},
                  {"key": "judgement", "name": "Judgement", "maxMarks": 10, "levels": [
                    {"level": 1, "descriptor": "Asserted", "minMark": 0, "maxMark": 4},
                    {"level": 2, "descriptor": "Weighed", "minMark": 5, "maxMark": 10}]}]}
                """.formatted(RUBRIC_KEY)).post("/rubrics");
    }

    /** POST /imports with the body as the given content type and query parameters name, value, name, value… */
    static Response post(byte[] body, String contentType, Object... params) {
        RequestSpecification request = teacher().config(io.restassured.RestAssured.config().encoderConfig(
                io.restassured.config.EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(contentType).body(body);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.post("/imports");
    }

    static String topicId(Response report, String topicKey) {
        return report.then().extract().path("entries.find { it.key == '" + topicKey + "' }.id");
    }

    /** The topic's draft as a content pack (JSON), for checking what was imported. */
    static io.restassured.path.json.JsonPath pack(String topicId) {
        return teacher().get("/topics/{id}/export?format=pack", topicId).then().statusCode(200).extract().jsonPath();
    }

    static boolean topicExists(String key) {
        for (int page = 0; ; page++) {
            io.restassured.path.json.JsonPath found = teacher().queryParam("size", 100).queryParam("page", page).get("/topics")
                    .then().statusCode(200).extract().jsonPath();
            java.util.List<String> keys = found.getList("items.key");
            if (keys.contains(key)) {
                return true;
            }
            if (keys.size() < 100) {
                return false;
            }
        }
    }
}
