package org.examsuite.grading.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.events.EventType;
import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.content.Rubric;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.events.content.TopicRetractedV1;
import org.examsuite.grading.DemoPack;
import org.examsuite.grading.DemoPlans;
import org.examsuite.grading.TestEvents;
import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The essay-question read model, fed by content.topics on the real broker. */
@QuarkusTest
class EssayQuestionReadModelTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static io.restassured.specification.RequestSpecification asStudent() {
        return TestTokens.asStudent("student-reader");
    }

    @Test
    void aPublishedTopicsQuestionsAreListedWithTheirRubricAndIndicativeContent() {
        UUID topicId = UUID.randomUUID();
        TestEvents.publishDemoTopic(bootstrapServers, topicId);
        EssayQuestion machinations = DemoPack.question(topicId, DemoPack.MACHINATIONS);

        asStudent().queryParam("topicId", topicId).queryParam("size", 2).get("/essay-questions").then().statusCode(200)
                .body("total", equalTo(5))
                .body("items", hasSize(2))
                .body("items[0].prompt", equalTo(machinations.prompt()))
                .body("items[0].openForPlans", equalTo(true));
        asStudent().get("/essay-questions/{id}", machinations.id()).then().statusCode(200)
                .body("prompt", equalTo(machinations.prompt()))
                .body("commandWord", equalTo("TO_WHAT_EXTENT"))
                .body("commandPhrase", equalTo("To what extent"))
                .body("demandsWeighedJudgement", equalTo(true))
                .body("marks", equalTo(30))
                .body("topicTitle", equalTo("Stalin's Russia, 1924-41"))
                .body("rubric.criteria.key", equalTo(List.of("knowledge", "analysis", "evaluation")))
                .body("rubric.criteria[0].levels", hasSize(5))
                .body("rubric.criteria[0].levels[3].descriptor", notNullValue())
                .body("rubric.criteria[0].levels[3].minMark", equalTo(7))
                .body("indicativeContent", hasSize(10))
                .body("indicativeContent[0].evidenceTerms", hasItem("General Secretary"));
    }

    @Test
    void everyVersionIsKeptAndALateOlderVersionNeverRollsBackTheCurrentOne() {
        UUID topicId = UUID.randomUUID();
        TopicPublishedV1 first = DemoPack.topic(topicId, 1);
        EssayQuestion original = first.essayQuestions().get(0);
        Rubric revisedRubric = new Rubric(original.rubric().id(), 2, original.rubric().name(), original.rubric().criteria());
        EssayQuestion revised = new EssayQuestion(original.id(), "How far was Stalin's rise due to his own machinations?",
                original.commandWord(), original.marks(), original.suggestedMinutes(), original.guidance(), revisedRubric,
                original.indicativeContent());
        List<EssayQuestion> secondQuestions = new ArrayList<>(first.essayQuestions());
        secondQuestions.set(0, revised);
        // The second version also drops the last question.
        secondQuestions.remove(4);
        TopicPublishedV1 second = DemoPack.topic(topicId, 2, secondQuestions);

        TestEvents.produce(bootstrapServers, EventType.TOPIC_PUBLISHED_V1, topicId.toString(), second);
        TestEvents.awaitQuestions(topicId, 4);
        TestEvents.produce(bootstrapServers, EventType.TOPIC_PUBLISHED_V1, topicId.toString(), first);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> asStudent().get("/essay-questions/{id}?version=1", original.id())
                .then().statusCode(200).body("prompt", equalTo(original.prompt())));

        asStudent().get("/essay-questions/{id}", original.id()).then().statusCode(200)
                .body("version", equalTo(2))
                .body("currentVersion", equalTo(2))
                .body("prompt", equalTo(revised.prompt()))
                .body("rubric.version", equalTo(2));
        asStudent().get("/essay-questions/{id}?version=1", original.id()).then().statusCode(200)
                .body("version", equalTo(1)).body("currentVersion", equalTo(2)).body("rubric.version", equalTo(1));
        // The question dropped in version 2 stays dropped although version 1 arrived later.
        EssayQuestion dropped = first.essayQuestions().get(4);
        asStudent().queryParam("topicId", topicId).get("/essay-questions").then().body("total", equalTo(4))
                .body("items.id", not(hasItem(dropped.id().toString())));
        asStudent().queryParam("topicId", topicId).queryParam("includeClosed", true).get("/essay-questions").then()
                .body("total", equalTo(5));
        asStudent().get("/essay-questions/{id}", dropped.id()).then().statusCode(200).body("openForPlans", equalTo(false));

        // A plan submitted now is graded against version 2 and its rubric version.
        TestTokens.asStudent("student-" + UUID.randomUUID()).contentType(ContentType.JSON)
                .body(TestEvents.planBody(original.id(), DemoPlans.strong(DemoPack.MACHINATIONS)))
                .post("/assessments").then().statusCode(201)
                .body("question.version", equalTo(2))
                .body("question.rubricVersion", equalTo(2))
                .body("question.prompt", equalTo(revised.prompt()));
    }

    @Test
    void aRetractedTopicTakesNoNewPlansButItsAssessmentsStayReadable() {
        UUID topicId = UUID.randomUUID();
        TestEvents.publishDemoTopic(bootstrapServers, topicId);
        UUID questionId = DemoPack.questionId(topicId, DemoPack.GREAT_PURGE);
        String student = "student-" + UUID.randomUUID();
        String before = TestTokens.asStudent(student).contentType(ContentType.JSON)
                .body(TestEvents.planBody(questionId, DemoPlans.strong(DemoPack.GREAT_PURGE)))
                .post("/assessments").then().statusCode(201).extract().path("id");

        TestEvents.produce(bootstrapServers, EventType.TOPIC_RETRACTED_V1, topicId.toString(),
                new TopicRetractedV1(topicId, 1, Instant.now()));
        TestEvents.awaitQuestions(topicId, 0);

        TestTokens.asStudent(student).contentType(ContentType.JSON)
                .body(TestEvents.planBody(questionId, DemoPlans.strong(DemoPack.GREAT_PURGE)))
                .post("/assessments").then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422));
        TestTokens.asStudent(student).get("/assessments").then().body("total", equalTo(1));
        TestTokens.asStudent(student).get("/assessments/{id}", before).then().statusCode(200);
        asStudent().get("/essay-questions/{id}", questionId).then().statusCode(200).body("openForPlans", equalTo(false));

        // Publishing again lifts the retraction.
        TestEvents.produce(bootstrapServers, EventType.TOPIC_PUBLISHED_V1, topicId.toString(), DemoPack.topic(topicId, 2));
        TestEvents.awaitQuestions(topicId, 5);
    }
}
