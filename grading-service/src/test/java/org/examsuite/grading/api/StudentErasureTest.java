package org.examsuite.grading.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.events.EventExamples;
import org.examsuite.events.EventType;
import org.examsuite.events.privacy.StudentErasureRequestedV1;
import org.examsuite.grading.DemoPack;
import org.examsuite.grading.DemoPlans;
import org.examsuite.grading.TestEvents;
import org.examsuite.platform.events.OutboxEvent;
import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A student's erasure, as quiz-service emits it on privacy.erasures, deletes every assessment of the
 * student here (with self-assessments and moderations, and so the calibration history) and no one else's.
 */
@QuarkusTest
class StudentErasureTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final UUID topicId = UUID.randomUUID();
    private final String teacher = "teacher-" + UUID.randomUUID();

    @BeforeEach
    void publishTheDemoTopic() {
        TestEvents.publishDemoTopic(bootstrapServers, topicId);
    }

    @Test
    void anErasureEventDeletesTheStudentsAssessmentsAndNoOneElses() {
        String erased = "student-" + UUID.randomUUID();
        String kept = "student-" + UUID.randomUUID();
        String moderated = submit(erased, DemoPack.MACHINATIONS);
        grade(erased, moderated);
        TestTokens.asTeacher(teacher).contentType(ContentType.JSON).body(TestEvents.moderation(4, 4, 4))
                .put("/assessments/{id}/moderation", moderated).then().statusCode(200);
        String pending = submit(erased, DemoPack.COLLECTIVISATION);
        String keptId = submit(kept, DemoPack.MACHINATIONS);
        grade(kept, keptId);
        TestTokens.asStudent(erased).get("/calibration").then().statusCode(200).body("assessments", greaterThan(0));

        for (String id : new String[] {moderated, keptId}) {
            await().atMost(Duration.ofSeconds(30)).until(() -> relayedOutboxRows(id) > 0);
        }

        StudentErasureRequestedV1 erasure = new StudentErasureRequestedV1(erased, EventExamples.ADMIN_ID, Instant.now());
        String eventId = TestEvents.produce(bootstrapServers, EventType.STUDENT_ERASURE_REQUESTED_V1, erased, erasure);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> TestTokens.asStudent(erased).get("/assessments").then()
                .statusCode(200).body("total", equalTo(0)));
        for (String id : new String[] {moderated, pending}) {
            TestTokens.asStudent(erased).get("/assessments/{id}", id).then().statusCode(404);
            TestTokens.asTeacher(teacher).get("/assessments/{id}", id).then().statusCode(404);
        }
        TestTokens.asTeacher(teacher).queryParam("studentId", erased).get("/assessments").then().statusCode(200)
                .body("total", equalTo(0));
        TestTokens.asTeacher(teacher).get("/calibration/{id}", erased).then().statusCode(200).body("assessments", equalTo(0));

        assertThat(relayedOutboxRows(moderated)).as("relayed grades of the erased student").isZero();
        assertThat(relayedOutboxRows(keptId)).as("relayed grade of another student").isEqualTo(1);
        TestTokens.asStudent(kept).get("/assessments").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(keptId));
        TestTokens.asStudent(kept).get("/assessments/{id}", keptId).then().statusCode(200)
                .body("status", equalTo("SELF_ASSESSED"));

        // The same event again, and a second erasure of a student with nothing left: nothing changes, nothing fails.
        TestEvents.produce(bootstrapServers, EventType.STUDENT_ERASURE_REQUESTED_V1, erased, erasure, eventId);
        TestEvents.produce(bootstrapServers, EventType.STUDENT_ERASURE_REQUESTED_V1, erased,
                new StudentErasureRequestedV1(erased, EventExamples.ADMIN_ID, Instant.now()));
        String after = submit(kept, DemoPack.COLLECTIVISATION);
        TestEvents.produce(bootstrapServers, EventType.STUDENT_ERASURE_REQUESTED_V1, kept + "-other",
                new StudentErasureRequestedV1(kept + "-other", EventExamples.ADMIN_ID, Instant.now()));
        TestTokens.asStudent(kept).get("/assessments/{id}", after).then().statusCode(200);
    }

    private static long relayedOutboxRows(String key) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("messageKey = ?1 and publishedAt is not null", key));
    }

    private String submit(String student, String questionKey) {
        return TestTokens.asStudent(student).contentType(ContentType.JSON)
                .body(TestEvents.planBody(DemoPack.questionId(topicId, questionKey), DemoPlans.strong(questionKey)))
                .post("/assessments").then().statusCode(201).extract().path("id");
    }

    private static void grade(String student, String assessmentId) {
        TestTokens.asStudent(student).contentType(ContentType.JSON).body(TestEvents.levels(5, 4, 5))
                .put("/assessments/{id}/self-assessment", assessmentId).then().statusCode(200);
    }
}
