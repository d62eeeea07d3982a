package org.examsuite.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

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
    private static final int STREAM_STUDENTS = 4;
    private static final int PLANS_PER_STUDENT = 25;
    private static final int STREAMED_PLANS = STREAM_STUDENTS * PLANS_PER_STUDENT;
    private static final String GRADING_PLANS_CONSUMER = "grading-service/essay-plans";

    private static RunningSuite suite;

    /** A plan handed in through quiz-service's API: its id is also the id of its assessment in grading-service. */
    private record HandedIn(String studentId, String planId) {
    }

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
        TestTokens.asStudent("student-essay").baseUri(grading).contentType(ContentType.JSON)
                .body(selfAssessment(assessment.getList("rubric.criteria.key", String.class)))
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
    @Order(6)
    void gradingKilledMidStreamAssessesEveryPlanExactlyOnceAfterItsRestart() throws Exception {
        String quiz = suite.url(Service.QUIZ);
        String topicId = demoTopicId(quiz);
        long processedBefore = processedPlanEvents();
        long planRecordsBefore = suite.endOffsets(KafkaTopic.QUIZ_ESSAY_PLANS);
        List<HandedIn> plans = new ArrayList<>();
        // Half of each student's plans wait for the kill, so that it lands part-way through the stream.
        CountDownLatch gradingKilled = new CountDownLatch(1);
        ExecutorService students = Executors.newFixedThreadPool(STREAM_STUDENTS);
        try {
            List<Future<List<HandedIn>>> handIns = new ArrayList<>();
            for (int s = 1; s <= STREAM_STUDENTS; s++) {
                String studentId = "student-grading-crash-" + s;
                handIns.add(students.submit(() -> {
                    List<HandedIn> handedIn = new ArrayList<>();
                    for (int i = 0; i < PLANS_PER_STUDENT; i++) {
                        if (i == PLANS_PER_STUDENT / 2 && !gradingKilled.await(3, TimeUnit.MINUTES)) {
                            throw new AssertionError("grading-service was never killed");
                        }
                        handedIn.add(handInPlan(quiz, studentId, topicId));
                    }
                    return handedIn;
                }));
            }
            await("a fifth of the plans assessed").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                    .until(() -> assessmentsOf("student-grading-crash-") >= STREAMED_PLANS / 5);
            assertThat(suite.kill(Service.GRADING)).as("exit status of a process killed by SIGKILL (128 + 9)").isEqualTo(137);
            long assessedAtKill = assessmentsOf("student-grading-crash-");
            long committedAtKill = suite.committedOffsets("grading-service", KafkaTopic.QUIZ_ESSAY_PLANS) - planRecordsBefore;
            System.out.printf("[e2e] grading-service killed with %d plans assessed, %d of them not yet committed to Kafka%n",
                    assessedAtKill, assessedAtKill - committedAtKill);
            assertThat(assessedAtKill).as("plans assessed when grading-service was killed").isBetween(1L, STREAMED_PLANS - 1L);
            gradingKilled.countDown();
            suite.start(Service.GRADING);
            for (Future<List<HandedIn>> handIn : handIns) {
                plans.addAll(handIn.get(3, TimeUnit.MINUTES));
            }
        } finally {
            gradingKilled.countDown();
            students.shutdownNow();
        }

        Instant restarted = Instant.now();
        await("grading-service caught up with every plan").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> suite.unconsumed("grading-service", KafkaTopic.QUIZ_ESSAY_PLANS) == 0);
        System.out.println("[e2e] grading-service caught up " + Duration.between(restarted, Instant.now()).toMillis()
                + " ms after it was ready again");
        assertThat(strings(Service.GRADING, "select id from assessment where student_id like 'student-grading-crash-%'"))
                .as("one assessment per plan handed in, none missing, none twice")
                .containsExactlyInAnyOrderElementsOf(plans.stream().map(HandedIn::planId).toList());
        assertThat(processedPlanEvents()).as("plan events recorded as applied").isEqualTo(processedBefore + STREAMED_PLANS);
        assertThat(TopicReader.readAll(suite.bootstrapServers(), KafkaTopic.GRADING_ESSAY_PLANS_DLQ.topicName(), Duration.ofSeconds(2)))
                .as("plans dead-lettered").isEmpty();

        List<HandedIn> onePlanPerStudent = plans.stream().collect(Collectors.toMap(HandedIn::studentId, plan -> plan, (a, b) -> a))
                .values().stream().toList();
        onePlanPerStudent.forEach(plan -> gradeOwnPlan(suite.url(Service.GRADING), plan));
        List<UUID> gradedPlanIds = onePlanPerStudent.stream().map(plan -> UUID.fromString(plan.planId())).toList();
        await("the grades of the restarted grading-service folded into the quiz sessions").atMost(Duration.ofMinutes(1))
                .until(() -> count(Service.QUIZ, "select count(*) from session_item where state = 'GRADED' and plan_id = any(?)",
                        gradedPlanIds) == gradedPlanIds.size());
    }

    @Test
    @Order(7)
    void quizKilledWithPlansInItsOutboxRelaysThemAfterItsRestart() throws Exception {
        String quiz = suite.url(Service.QUIZ);
        String topicId = demoTopicId(quiz);
        long processedBefore = processedPlanEvents();
        AtomicInteger accepted = new AtomicInteger();
        CountDownLatch quizKilled = new CountDownLatch(1);
        ExecutorService students = Executors.newFixedThreadPool(STREAM_STUDENTS);
        List<HandedIn> acceptedPlans = new ArrayList<>();
        boolean brokerStopped = false;
        try {
            List<Future<List<HandedIn>>> handIns = new ArrayList<>();
            for (int s = 1; s <= STREAM_STUDENTS; s++) {
                String studentId = "student-quiz-crash-" + s;
                handIns.add(students.submit(() -> {
                    List<HandedIn> handedIn = new ArrayList<>();
                    while (quizKilled.getCount() > 0) {
                        try {
                            handedIn.add(handInPlan(quiz, studentId, topicId));
                        } catch (Exception e) {
                            if (e instanceof IOException) {
                                // quiz-service went away under this request: the stream of hand-ins ends here.
                                break;
                            }
                            throw e;
                        }
                        accepted.incrementAndGet();
                    }
                    return handedIn;
                }));
            }
            await("plans being handed in and relayed").atMost(Duration.ofMinutes(1)).until(() -> accepted.get() >= 10);
            // Without the broker, what quiz-service accepts from now on can only wait in its outbox.
            suite.stopBroker();
            brokerStopped = true;
            int acceptedBeforeOutage = accepted.get();
            await("plans accepted into the outbox").atMost(Duration.ofMinutes(1)).until(() -> accepted.get() >= acceptedBeforeOutage + 10);
            assertThat(suite.kill(Service.QUIZ)).as("exit status of a process killed by SIGKILL (128 + 9)").isEqualTo(137);
            quizKilled.countDown();
            for (Future<List<HandedIn>> handIn : handIns) {
                acceptedPlans.addAll(handIn.get(1, TimeUnit.MINUTES));
            }
            long unrelayedAtKill = count(Service.QUIZ, "select count(*) from outbox_event where published_at is null");
            System.out.printf("[e2e] quiz-service killed after accepting %d plans (%d during the broker outage); %d events in its outbox%n",
                    acceptedPlans.size(), acceptedPlans.size() - acceptedBeforeOutage, unrelayedAtKill);
            assertThat(unrelayedAtKill).as("events waiting in the outbox when quiz-service was killed").isGreaterThanOrEqualTo(10);
        } finally {
            quizKilled.countDown();
            students.shutdownNow();
            if (brokerStopped) {
                suite.startBroker();
            }
        }

        suite.start(Service.QUIZ);
        List<String> storedPlanIds = strings(Service.QUIZ, "select i.plan_id from session_item i join quiz_session s on s.id = i.session_id"
                + " where s.student_id like 'student-quiz-crash-%' and i.plan_id is not null");
        assertThat(storedPlanIds).as("plans quiz-service stored").containsAll(acceptedPlans.stream().map(HandedIn::planId).toList());
        await("every stored plan relayed and consumed by grading-service").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> count(Service.QUIZ, "select count(*) from outbox_event where published_at is null") == 0
                        && suite.unconsumed("grading-service", KafkaTopic.QUIZ_ESSAY_PLANS) == 0);
        assertThat(strings(Service.GRADING, "select id from assessment where student_id like 'student-quiz-crash-%'"))
                .as("one assessment per stored plan, none missing, none twice").containsExactlyInAnyOrderElementsOf(storedPlanIds);
        assertThat(processedPlanEvents()).as("plan events recorded as applied").isEqualTo(processedBefore + storedPlanIds.size());
    }

    @Test
    @Order(8)
    void withoutItsDatabaseAServiceIsNotReadyAnswersProblemsRetriesEventsAndRecoversWithoutARestart() throws Exception {
        String quiz = suite.url(Service.QUIZ);
        String grading = suite.url(Service.GRADING);
        HandedIn plan = handInPlan(quiz, "student-db-outage", demoTopicId(quiz));
        await("the plan's assessment in grading-service").atMost(Duration.ofSeconds(60)).until(() -> TestTokens
                .asStudent(plan.studentId()).baseUri(grading).get("/assessments/{id}", plan.planId()).statusCode() == 200);
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

            gradeOwnPlan(grading, plan);
            TopicReader.await(suite.bootstrapServers(), KafkaTopic.GRADING_ASSESSMENTS.topicName(),
                    record -> plan.planId().equals(record.key()), 1, Duration.ofSeconds(60));
            // The grade is now quiz-service's to apply, without a database: for a few seconds its consumer
            // retries (back-off from 200 ms) and fails; the item stays ungraded (read past the cut link) and
            // the record stays uncommitted in quiz-service's group rather than being skipped.
            await("the grade held, unapplied, while quiz-service has no database").during(Duration.ofSeconds(5))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> gradedItems(plan) == 0 && suite.unconsumed("quiz-service", KafkaTopic.GRADING_ASSESSMENTS) > 0);
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
        await("the grade that arrived during the outage, applied once the database is back").atMost(Duration.ofSeconds(60))
                .until(() -> gradedItems(plan) == 1);
        assertThat(TopicReader.readAll(suite.bootstrapServers(), KafkaTopic.QUIZ_GRADING_ASSESSMENTS_DLQ.topicName(), Duration.ofSeconds(2)))
                .as("a database outage is transient: nothing dead-lettered").noneMatch(record -> plan.planId().equals(record.key()));
    }

    private static String demoTopicId(String quiz) {
        return TestTokens.asStudent("student-e2e").baseUri(quiz).get("/catalog/topics")
                .then().statusCode(200).extract().path("items.find { it.title == \"" + DEMO_TOPIC + "\" }.id");
    }

    /** Starts a practice session with an essay task and hands in a plan for it. */
    private static HandedIn handInPlan(String quiz, String studentId, String topicId) {
        var session = TestTokens.asStudent(studentId).baseUri(quiz).contentType(ContentType.JSON)
                .body("{\"topicIds\": [\"" + topicId + "\"], \"mode\": \"PRACTICE\", \"questionCount\": 1, \"includeEssay\": true}")
                .post("/sessions").then().statusCode(201).extract().jsonPath();
        String planId = TestTokens.asStudent(studentId).baseUri(quiz).contentType(ContentType.JSON)
                .body("""
                        {"thesis": "Stalin's control of the party machine mattered most.",
                         "points": [{"point": "Appointments", "evidence": "General Secretary, 1922", "explanation": "Loyal delegates voted for him."}],
                         "counterArgument": "His rivals underestimated him. Trotsky missed Lenin's funeral in 1924.",
                         "conclusion": "To a large extent his own manoeuvring explains his rise."}
                        """)
                .post("/sessions/{id}/items/{item}/essay-plan", session.getString("id"), session.getString("items.find { it.type == 'ESSAY' }.id"))
                .then().statusCode(202).extract().path("planId");
        return new HandedIn(studentId, planId);
    }

    /** The student grades their own plan against its rubric, which sends AssessmentGraded to quiz-service. */
    private static void gradeOwnPlan(String grading, HandedIn plan) {
        List<String> criteria = TestTokens.asStudent(plan.studentId()).baseUri(grading).get("/assessments/{id}", plan.planId())
                .then().statusCode(200).extract().jsonPath().getList("rubric.criteria.key", String.class);
        TestTokens.asStudent(plan.studentId()).baseUri(grading).contentType(ContentType.JSON).body(selfAssessment(criteria))
                .put("/assessments/{id}/self-assessment", plan.planId()).then().statusCode(200);
    }

    private static String selfAssessment(List<String> criterionKeys) {
        return criterionKeys.stream()
                .map(key -> "{\"criterionKey\": \"" + key + "\", \"level\": 3, \"justification\": \"Detailed and relevant.\"}")
                .collect(Collectors.joining(", ", "{\"criteria\": [", "]}"));
    }

    private static long gradedItems(HandedIn plan) throws SQLException {
        return count(Service.QUIZ, "select count(*) from session_item where plan_id = ? and state = 'GRADED'",
                UUID.fromString(plan.planId()));
    }

    private static long assessmentsOf(String studentIdPrefix) throws SQLException {
        return count(Service.GRADING, "select count(*) from assessment where student_id like ?", studentIdPrefix + "%");
    }

    private static long processedPlanEvents() throws SQLException {
        return count(Service.GRADING, "select count(*) from processed_event where consumer = ?", GRADING_PLANS_CONSUMER);
    }

    private static long count(Service service, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = prepare(suite.database(service), sql, parameters); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(Service service, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = prepare(suite.database(service), sql, parameters); ResultSet rows = query.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /** Binds the parameters, a collection of ids as a uuid array (for {@code = any(?)}). */
    private static PreparedStatement prepare(Connection database, String sql, Object... parameters) throws SQLException {
        PreparedStatement query = database.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setObject(i + 1, parameters[i] instanceof Collection<?> ids ? database.createArrayOf("uuid", ids.toArray()) : parameters[i]);
        }
        return query;
    }
}
