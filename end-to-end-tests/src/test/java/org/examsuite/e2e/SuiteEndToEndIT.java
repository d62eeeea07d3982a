package org.examsuite.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** The three packaged services, each its own process, talking only through the real broker. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteEndToEndIT {

    private static final String DEMO_TOPIC = "Stalin's Russia, 1924-41";

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
    @Order(1)
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
    @Order(2)
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

    @Test
    @Order(3)
    void anEssayPlanCrossesAllThreeServicesAndItsMarkReturnsToTheSession() {
        String quiz = suite.url(Service.QUIZ);
        String grading = suite.url(Service.GRADING);
        String topicId = await().atMost(Duration.ofSeconds(60)).until(() -> TestTokens.asStudent("student-essay").baseUri(quiz)
                .get("/catalog/topics").then().extract().<String>path("items.find { it.title == \"Stalin's Russia, 1924-41\" }.id"),
                id -> id != null);
        var session = TestTokens.asStudent("student-essay").baseUri(quiz).contentType(ContentType.JSON)
                .body("{\"topicIds\": [\"" + topicId + "\"], \"mode\": \"PRACTICE\", \"questionCount\": 1, \"includeEssay\": true}")
                .post("/sessions").then().statusCode(201).extract().jsonPath();
        String sessionId = session.getString("id");
        String essayItem = session.getString("items.find { it.type == 'ESSAY' }.id");
        String planId = TestTokens.asStudent("student-essay").baseUri(quiz).contentType(ContentType.JSON)
                .body("""
                        {"thesis": "Stalin's own manoeuvring as General Secretary mattered most, more than his rivals' errors.",
                         "points": [{"point": "Control of appointments", "evidence": "General Secretary from 1922; the Lenin Enrolment of 1924",
                                     "explanation": "This mattered because loyal members voted for him at congresses."}],
                         "counterArgument": "Trotsky's arrogance and his absence from Lenin's funeral in 1924 cost him support. Kamenev and Zinoviev underestimated Stalin.",
                         "conclusion": "To a large extent his machinations explain his rise, though his rivals' mistakes outweighed little."}
                        """)
                .post("/sessions/{id}/items/{item}/essay-plan", sessionId, essayItem)
                .then().statusCode(202).extract().path("planId");

        var assessment = await("assessment created in grading-service from the plan event").atMost(Duration.ofSeconds(60))
                .until(() -> TestTokens.asStudent("student-essay").baseUri(grading).get("/assessments/{id}", planId)
                        .then().extract(), response -> response.statusCode() == 200).jsonPath();
        assertThat(assessment.getString("status")).isEqualTo("AWAITING_SELF_ASSESSMENT");
        List<String> criteria = assessment.getList("rubric.criteria.key", String.class);
        StringBuilder levels = new StringBuilder("{\"criteria\": [");
        for (int i = 0; i < criteria.size(); i++) {
            levels.append(i == 0 ? "" : ", ").append("{\"criterionKey\": \"").append(criteria.get(i))
                    .append("\", \"level\": 3, \"justification\": \"Detailed and relevant.\"}");
        }
        TestTokens.asStudent("student-essay").baseUri(grading).contentType(ContentType.JSON).body(levels.append("]}").toString())
                .put("/assessments/{id}/self-assessment", planId).then().statusCode(200);

        await("the self-grade folded into the quiz session").atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                TestTokens.asStudent("student-essay").baseUri(quiz).get("/sessions/{id}", sessionId)
                        .then().statusCode(200)
                        .body("items.find { it.type == 'ESSAY' }.state", equalTo("GRADED")));
    }

    @Test
    @Order(4)
    void whileTheBrokerIsDownRequestsSucceedAndTheirEventsArriveOnceItReturns() {
        String content = suite.url(Service.CONTENT);
        suite.stopBroker();
        try {
            await("content-service readiness DOWN without the broker").atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    io.restassured.RestAssured.given().baseUri(content).get("/q/health/ready").then().statusCode(503));
            String topicId = TestTokens.asTeacher("teacher-e2e").baseUri(content).contentType(ContentType.JSON).body("""
                    {"format": "examsuite-content-pack", "formatVersion": 1,
                     "topics": [{"key": "e2e.outage", "subject": "History", "title": "Published during an outage",
                       "levels": ["O_LEVEL"], "boards": ["AQA"],
                       "questions": [{"key": "q1", "type": "TRUE_FALSE", "prompt": "The broker was down.", "answer": true}]}]}
                    """).post("/imports").then().statusCode(200).extract().path("entries[0].id");
            TestTokens.asTeacher("teacher-e2e").baseUri(content).post("/topics/{id}/publish", topicId).then().statusCode(200);
        } finally {
            suite.startBroker();
        }
        await("content-service readiness UP again").atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                io.restassured.RestAssured.given().baseUri(content).get("/q/health/ready").then().statusCode(200));
        await("the topic published during the outage reaches quiz-service").atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                TestTokens.asStudent("student-e2e").baseUri(suite.url(Service.QUIZ)).queryParam("size", 100).get("/catalog/topics")
                        .then().statusCode(200)
                        .body("items.findAll { it.title == 'Published during an outage' }.size()", equalTo(1)));
    }

    @Test
    @Order(5)
    void plansWaitInKafkaWhileGradingIsDownAndAreAssessedOnceWhenItReturns() throws Exception {
        String quiz = suite.url(Service.QUIZ);
        String topicId = TestTokens.asStudent("student-outage").baseUri(quiz).get("/catalog/topics")
                .then().extract().path("items.find { it.title == \"Stalin's Russia, 1924-41\" }.id");
        suite.stop(Service.GRADING);
        var session = TestTokens.asStudent("student-outage").baseUri(quiz).contentType(ContentType.JSON)
                .body("{\"topicIds\": [\"" + topicId + "\"], \"mode\": \"PRACTICE\", \"questionCount\": 1, \"includeEssay\": true}")
                .post("/sessions").then().statusCode(201).extract().jsonPath();
        String planId = TestTokens.asStudent("student-outage").baseUri(quiz).contentType(ContentType.JSON)
                .body("""
                        {"thesis": "Stalin's control of the party machine mattered most.",
                         "points": [{"point": "Appointments", "evidence": "General Secretary, 1922", "explanation": "Loyal delegates voted for him."}],
                         "counterArgument": "His rivals underestimated him. Trotsky missed Lenin's funeral in 1924.",
                         "conclusion": "To a large extent his own manoeuvring explains his rise."}
                        """)
                .post("/sessions/{id}/items/{item}/essay-plan", session.getString("id"),
                        session.getString("items.find { it.type == 'ESSAY' }.id"))
                .then().statusCode(202).extract().path("planId");

        suite.start(Service.GRADING);
        await("the plan handed in while grading-service was down is assessed").atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                TestTokens.asStudent("student-outage").baseUri(suite.url(Service.GRADING)).get("/assessments")
                        .then().statusCode(200)
                        .body("items.findAll { it.id == '" + planId + "' }.size()", equalTo(1)));
    }

    @Test
    @Order(8)
    void withoutItsDatabaseAServiceIsNotReadyAnswersProblemsAndRecoversWithoutARestart() {
        String quiz = suite.url(Service.QUIZ);
        Instant cut = Instant.now();
        suite.cutDatabase(Service.QUIZ);
        try {
            await("quiz-service readiness DOWN without its database").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                    .untilAsserted(() -> RestAssured.given().baseUri(quiz).get("/q/health/ready").then().statusCode(503)
                            .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN")));
            System.out.println("[e2e] quiz-service readiness DOWN " + Duration.between(cut, Instant.now()).toMillis()
                    + " ms after its database was cut off: " + RestAssured.given().baseUri(quiz).get("/q/health/ready").asString());
            RestAssured.given().baseUri(quiz).get("/q/health/live").then().statusCode(200);

            ExtractableResponse<Response> failed = TestTokens.asStudent("student-e2e").baseUri(quiz).get("/catalog/topics").then().extract();
            System.out.println("[e2e] a request needing the database answered " + failed.statusCode() + ": " + failed.asString());
            assertThat(failed.statusCode()).isBetween(500, 599);
            assertThat(failed.contentType()).startsWith("application/problem+json");
            assertThat(failed.jsonPath().getString("correlationId")).isNotBlank();
            assertThat(failed.asString()).as("what the client is told")
                    .doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("jdbc").doesNotContainIgnoringCase("postgres")
                    .doesNotContainIgnoringCase("hibernate").doesNotContainIgnoringCase("exception").doesNotContain("org.", "java.");
        } finally {
            suite.restoreDatabase(Service.QUIZ);
        }
        Instant restored = Instant.now();
        await("quiz-service readiness UP again").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> RestAssured.given().baseUri(quiz).get("/q/health/ready").then().statusCode(200));
        System.out.println("[e2e] quiz-service readiness UP " + Duration.between(restored, Instant.now()).toMillis()
                + " ms after its database was reachable again");
        TestTokens.asStudent("student-e2e").baseUri(quiz).get("/catalog/topics").then().statusCode(200)
                .body("items.findAll { it.title == \"" + DEMO_TOPIC + "\" }.size()", equalTo(1));
    }
}
