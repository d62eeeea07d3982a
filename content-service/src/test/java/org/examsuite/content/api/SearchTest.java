package org.examsuite.content.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.restassured.http.ContentType;

@QuarkusTest
class SearchTest {

    private static String sovietTopic;

    /** Once per class, but inside a test's lifecycle, where the HTTP port of the test instance is known. */
    @BeforeEach
    void publishTwoTopics() {
        if (sovietTopic != null) {
            return;
        }
        sovietTopic = publish("""
                {"key": "search.soviet", "subject": "History", "title": "Soviet agriculture", "levels": ["A_LEVEL", "AS_LEVEL"], "boards": ["AQA"],
                 "sections": [{"key": "farms", "title": "Farms", "keyPoints": [
                    {"heading": "Collectivization", "text": "Stalin forced peasants onto collective farms from 1929."},
                    {"heading": "Famine", "text": "Grain requisitioning caused famine in Ukraine in 1932-33."}]}],
                 "questions": [{"key": "q1", "type": "TRUE_FALSE", "prompt": "The kulaks welcomed the kolkhoz.", "answer": false,
                    "explanation": "Kulaks resisted and were deported.", "sectionKey": "farms"}]}
                """);
        publish("""
                {"key": "search.tudor", "subject": "History", "title": "Tudor farming", "levels": ["O_LEVEL"], "boards": ["OCR"],
                 "sections": [{"key": "enclosure", "title": "Enclosure", "keyPoints": [
                    {"heading": "Enclosure", "text": "Landlords enclosed common farms for sheep, a collective grievance."}]}],
                 "questions": [{"key": "q1", "type": "TRUE_FALSE", "prompt": "Enclosure angered peasants.", "answer": true}]}
                """);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            teacher().queryParam("q", "enclosure").get("/search").then().statusCode(200).body("items.topicTitle", hasItem("Tudor farming"));
            teacher().queryParam("q", "kulaks").get("/search").then().statusCode(200).body("items.topicTitle", hasItem("Soviet agriculture"));
        });
    }

    @Test
    void aBritishSpellingFindsTheAmericanSpellingOfTheNotes() {
        teacher().queryParam("q", "collectivise")
                .when().get("/search")
                .then().statusCode(200)
                .body("items[0].title", equalTo("Farms: Collectivization"))
                .body("items[0].kind", equalTo("NOTE"))
                .body("items.topicId", everyItem(equalTo(sovietTopic)));
    }

    @Test
    void aHeadingMatchRanksAboveAPassingMention() {
        teacher().queryParam("q", "famine")
                .when().get("/search")
                .then().statusCode(200)
                .body("items[0].title", equalTo("Farms: Famine"));
        teacher().queryParam("q", "farms")
                .when().get("/search")
                .then().statusCode(200)
                .body("items.topicTitle", hasItem("Tudor farming"))
                .body("items.topicTitle", hasItem("Soviet agriculture"));
    }

    @Test
    void filtersNarrowByBoardLevelAndSubject() {
        teacher().queryParam("q", "farms").queryParam("board", "ocr")
                .when().get("/search")
                .then().statusCode(200).body("items.topicTitle", everyItem(equalTo("Tudor farming")));
        teacher().queryParam("q", "farms").queryParam("level", "AS_LEVEL")
                .when().get("/search")
                .then().statusCode(200).body("items.topicTitle", everyItem(equalTo("Soviet agriculture")));
        teacher().queryParam("q", "farms").queryParam("subject", "Geography")
                .when().get("/search")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void retractedTopicsLeaveTheIndex() {
        String topic = publish("""
                {"key": "search.retracted", "subject": "History", "title": "Short-lived", "levels": ["O_LEVEL"], "boards": ["OCR"],
                 "questions": [{"key": "q1", "type": "TRUE_FALSE", "prompt": "Zeppelins bombed London.", "answer": true}]}
                """);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                teacher().queryParam("q", "zeppelin").get("/search").then().body("total", equalTo(1)));
        teacher().post("/topics/{id}/retract", topic).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                teacher().queryParam("q", "zeppelin").get("/search").then().body("total", equalTo(0)));
    }

    @Test
    void aSearchWithoutWordsIsAProblem() {
        teacher().when().get("/search")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("q"));
        teacher().queryParam("q", "farms").queryParam("level", "PHD")
                .when().get("/search")
                .then().statusCode(404);
    }

    private static String publish(String topicJson) {
        String id = teacher().contentType(ContentType.JSON)
                .body("{\"format\": \"examsuite-content-pack\", \"formatVersion\": 1, \"topics\": [" + topicJson + "]}")
                .post("/imports").then().statusCode(200)
                .extract().path("entries.find { it.kind == 'TOPIC' }.id");
        teacher().post("/topics/{id}/publish", id).then().statusCode(200);
        return id;
    }

    private static RequestSpecification teacher() {
        return TestTokens.asTeacher("teacher-1");
    }
}
