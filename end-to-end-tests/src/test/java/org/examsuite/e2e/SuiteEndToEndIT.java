package org.examsuite.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.examsuite.devbroker.TopicReader;
import org.examsuite.e2e.RunningSuite.Service;
import org.examsuite.events.CloudEventHeaders;
import org.examsuite.events.EventType;
import org.examsuite.events.KafkaTopic;
import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/** The three packaged services, each its own process, talking only through the real broker. */
class SuiteEndToEndIT {

    private static RunningSuite suite;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = RunningSuite.start();
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void theDemoTopicLoadedOnFirstStartReachesQuizAndGrading() {
        await("demo topic in quiz-service's catalog").atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                TestTokens.asStudent("student-e2e").baseUri(suite.url(Service.QUIZ)).get("/catalog/topics")
                        .then().statusCode(200)
                        .body("items.find { it.title == \"Stalin's Russia, 1924-41\" }.version", equalTo(1)));
        await("demo essay questions in grading-service").atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(TestTokens.asStudent("student-e2e").baseUri(suite.url(Service.GRADING)).get("/essay-questions?size=100")
                        .then().statusCode(200).extract().jsonPath().getList("items.prompt", String.class))
                        .contains("To what extent was Stalin's emergence as leader of the USSR due to his own machinations?"));
    }

    @Test
    void aTopicPublishedThroughContentServiceArrivesInBothReadModels() {
        String content = suite.url(Service.CONTENT);
        String topicId = TestTokens.asTeacher("teacher-e2e").baseUri(content).contentType(ContentType.JSON).body("""
                {"format": "examsuite-content-pack", "formatVersion": 1,
                 "topics": [{"key": "e2e.weimar", "subject": "History", "code": "13.1", "title": "Weimar Germany, 1918-33",
                   "levels": ["A_LEVEL"], "boards": ["OCR"],
                   "sections": [{"key": "hyperinflation", "title": "Hyperinflation", "keyPoints": [{"heading": "1923", "text": "The mark collapsed."}]}],
                   "questions": [{"key": "q1", "type": "TRUE_FALSE", "prompt": "Hyperinflation peaked in 1923.", "answer": true,
                                  "explanation": "November 1923.", "sectionKey": "hyperinflation"}]}]}
                """)
                .post("/imports").then().statusCode(200)
                .extract().path("entries.find { it.kind == 'TOPIC' }.id");
        TestTokens.asTeacher("teacher-e2e").baseUri(content).post("/topics/{id}/publish", topicId).then().statusCode(200).body("version", equalTo(1));

        List<ConsumerRecord<String, String>> published = TopicReader.await(suite.bootstrapServers(),
                KafkaTopic.CONTENT_TOPICS.topicName(), r -> topicId.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(TopicReader.header(published.get(0), CloudEventHeaders.TYPE)).isEqualTo(EventType.TOPIC_PUBLISHED_V1.ceType());

        await("new topic in quiz-service's catalog").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                TestTokens.asStudent("student-e2e").baseUri(suite.url(Service.QUIZ)).get("/catalog/topics/{id}", topicId)
                        .then().statusCode(200).body("title", equalTo("Weimar Germany, 1918-33")));
    }
}
