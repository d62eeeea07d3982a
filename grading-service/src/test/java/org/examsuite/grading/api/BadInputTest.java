package org.examsuite.grading.api;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.events.EventType;
import org.examsuite.events.content.TopicRetractedV1;
import org.examsuite.grading.DemoPack;
import org.examsuite.grading.TestEvents;
import org.examsuite.testsupport.BadRequest;
import org.examsuite.testsupport.DatabaseSnapshot;
import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * Every write endpoint of grading-service, table-driven, with bad input of each kind that applies:
 * missing fields, wrong types, huge strings, negative numbers, ids of other aggregates, unknown ids,
 * conflicts, empty bodies, malformed JSON, another content type and a body over the size limit.
 * Each gets a 4xx problem response (naming every field at fault where the input is invalid) and
 * leaves the database exactly as it was.
 * <p>
 * Placeholders: {question} is an essay question of the demo topic {topic} (rubric criteria
 * knowledge, analysis and evaluation, levels 1-5 with bands of two marks); the student {owner} has
 * the assessments {assessment} (awaiting the self-assessment), {graded} (self-assessed) and
 * {moderated}; {others} is another student's; {retracted} is a question of a retracted topic;
 * {unknown} names nothing and {padding} is a string over the body size limit.
 */
@QuarkusTest
class BadInputTest {

    private static final String OWNER = "{owner}";
    private static final String PLAN = """
            {"essayQuestionId": "{question}", "thesis": "His post as General Secretary mattered most.",
             "points": [{"point": "Control of appointments", "evidence": "The Secretariat and the nomenklatura",
                         "explanation": "Delegates owed him their posts, so they voted for him."}],
             "counterArgument": "His rivals' mistakes helped.", "conclusion": "The post was necessary but not sufficient."}""";
    private static final String LEVELS = """
            {"criteria": [{"criterionKey": "knowledge", "level": 4, "justification": "Detailed."},
                          {"criterionKey": "analysis", "level": 4, "justification": "Explained."},
                          {"criterionKey": "evaluation", "level": 4, "justification": "Weighed."}]}""";
    private static final String MODERATION = """
            {"comment": "Sharpen the judgement.",
             "criteria": [{"criterionKey": "knowledge", "level": 3, "comment": "Thin."},
                          {"criterionKey": "analysis", "level": 3, "comment": "Thin."},
                          {"criterionKey": "evaluation", "level": 3, "comment": "Thin."}]}""";

    private static Map<String, String> fixture;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize bodyLimit;

    @Inject
    DataSource dataSource;

    static Stream<BadRequest> badRequests() {
        return Stream.of(submissions(), selfAssessments(), moderations()).flatMap(rows -> rows);
    }

    static Stream<BadRequest> submissions() {
        BadRequest submit = student("POST", "/assessments");
        return Stream.concat(submit.jsonBodyRefusals(), Stream.of(
                submit.json("{}").fault("no fields").refused(400, "essayQuestionId", "points"),
                submit.json("{\"thesis\": \"T\", \"points\": []}").fault("no question and no points")
                        .refused(400, "essayQuestionId", "points"),
                submit.json(PLAN.replace("Control of appointments", " ")).fault("a blank point").refused(400, "points[0].point"),
                submit.json("{\"essayQuestionId\": \"{question}\", \"points\": [null]}").fault("a null point")
                        .refused(400, "points[0]"),
                submit.json("{\"essayQuestionId\": \"{question}\", \"points\": [" + IntStream.range(0, 11)
                        .mapToObj(i -> "{\"point\": \"p\"}").collect(Collectors.joining(", ")) + "]}").fault("eleven points")
                        .refused(400, "points"),
                submit.json(PLAN.replace("His post as General Secretary mattered most.", "x".repeat(1001))
                        .replace("The Secretariat and the nomenklatura", "y".repeat(1501)))
                        .fault("a huge thesis and huge evidence").refused(400, "thesis", "points[0].evidence"),
                submit.json(PLAN.replace("His rivals' mistakes helped.", "x".repeat(2001))).fault("a huge counter-argument")
                        .refused(400, "counterArgument"),
                submit.json(PLAN.replace("The post was necessary but not sufficient.", "x".repeat(1501))).fault("a huge conclusion")
                        .refused(400, "conclusion"),
                submit.json(PLAN.replace("{question}", "question-1")).fault("a question id that is no UUID")
                        .refused(400, "essayQuestionId"),
                submit.json("{\"essayQuestionId\": \"{question}\", \"points\": \"Control of appointments\"}")
                        .fault("points that are no list").refused(400, "points"),
                submit.json(PLAN.replace("{question}", "{unknown}")).fault("an unknown question").refused(404),
                submit.json(PLAN.replace("{question}", "{topic}")).fault("a topic's id as the question").refused(404),
                submit.json(PLAN.replace("{question}", "{assessment}")).fault("an assessment's id as the question").refused(404),
                submit.json(PLAN.replace("{question}", "{retracted}")).fault("a question of a retracted topic").refused(422)));
    }

    static Stream<BadRequest> selfAssessments() {
        BadRequest grade = student("PUT", "/assessments/{assessment}/self-assessment");
        return Stream.concat(grade.jsonBodyRefusals(), Stream.of(
                grade.json("{}").fault("no criteria").refused(400, "criteria"),
                grade.json("{\"criteria\": []}").fault("an empty list of criteria").refused(400, "criteria"),
                grade.json(LEVELS.replace("\"knowledge\"", "\"style\"").replace("\"level\": 4, \"justification\": \"Explained.\"",
                        "\"level\": 7, \"justification\": \"Explained.\"")).fault("a criterion and a level the rubric lacks")
                        .refused(400, "criteria[0].criterionKey", "criteria[1].level").saying("knowledge, analysis, evaluation"),
                grade.json("{\"criteria\": [{\"criterionKey\": \"knowledge\", \"level\": 3, \"justification\": \"Some detail.\"}]}")
                        .fault("criteria missing").refused(400, "criteria").saying("analysis, evaluation"),
                grade.json(LEVELS.replace("Detailed.", " ")).fault("a blank justification").refused(400, "criteria[0].justification"),
                grade.json(LEVELS.replace("Detailed.", "x".repeat(501))).fault("a huge justification")
                        .refused(400, "criteria[0].justification"),
                grade.json(LEVELS.replaceFirst("\"level\": 4", "\"level\": -1")).fault("a negative level")
                        .refused(400, "criteria[0].level"),
                grade.json(LEVELS.replaceFirst("\"level\": 4", "\"level\": \"high\"")).fault("a level that is no number")
                        .refused(400, "criteria[0].level"),
                grade.json("{\"criteria\": [" + IntStream.range(0, 21).mapToObj(i -> "{\"criterionKey\": \"k" + i
                        + "\", \"level\": 1, \"justification\": \"j\"}").collect(Collectors.joining(", ")) + "]}")
                        .fault("twenty-one criteria").refused(400, "criteria"),
                student("PUT", "/assessments/{unknown}/self-assessment").json(LEVELS).fault("an unknown assessment").refused(404),
                student("PUT", "/assessments/{others}/self-assessment").json(LEVELS).fault("another student's assessment")
                        .refused(404),
                student("PUT", "/assessments/{question}/self-assessment").json(LEVELS).fault("a question's id as the assessment")
                        .refused(404),
                student("PUT", "/assessments/not-a-uuid/self-assessment").json(LEVELS).fault("an id that is no UUID")
                        .refused(404),
                student("PUT", "/assessments/{graded}/self-assessment").json(LEVELS).fault("a plan graded already")
                        .refused(409)));
    }

    static Stream<BadRequest> moderations() {
        BadRequest moderate = teacher("/assessments/{graded}/moderation");
        return Stream.concat(moderate.jsonBodyRefusals(), Stream.of(
                moderate.json("{}").fault("no criteria").refused(400, "criteria"),
                moderate.json(MODERATION.replaceFirst("\"level\": 3,", "\"level\": 3, \"mark\": 9,"))
                        .fault("a mark outside the level's band").refused(400, "criteria[0].mark").saying("5-6"),
                moderate.json(MODERATION.replace("\"evaluation\", \"level\": 3", "\"evaluation\", \"level\": 9"))
                        .fault("a level the rubric lacks").refused(400, "criteria[2].level"),
                moderate.json(MODERATION.replaceFirst("\"level\": 3,", "\"level\": 3, \"mark\": -1,")).fault("a negative mark")
                        .refused(400, "criteria[0].mark"),
                moderate.json(MODERATION.replaceFirst("\"level\": 3,", "\"level\": -2,")).fault("a negative level")
                        .refused(400, "criteria[0].level"),
                moderate.json(MODERATION.replaceFirst("\"level\": 3,", "\"level\": 3, \"mark\": \"six\","))
                        .fault("a mark that is no number").refused(400, "criteria[0].mark"),
                moderate.json(MODERATION.replace("Sharpen the judgement.", "x".repeat(2001))).fault("a huge comment")
                        .refused(400, "comment"),
                moderate.json(MODERATION.replaceFirst("Thin\\.", "x".repeat(1001))).fault("a huge criterion comment")
                        .refused(400, "criteria[0].comment"),
                teacher("/assessments/{unknown}/moderation").json(MODERATION).fault("an unknown assessment").refused(404),
                teacher("/assessments/{topic}/moderation").json(MODERATION).fault("a topic's id as the assessment").refused(404),
                teacher("/assessments/not-a-uuid/moderation").json(MODERATION).fault("an id that is no UUID").refused(404),
                teacher("/assessments/{assessment}/moderation").json(MODERATION).fault("a plan its student has not graded")
                        .refused(409),
                teacher("/assessments/{moderated}/moderation").json(MODERATION).fault("a grade moderated already").refused(409)));
    }

    private static BadRequest student(String method, String path) {
        return BadRequest.to(method, path).as(OWNER, "student");
    }

    private static BadRequest teacher(String path) {
        return BadRequest.put(path).as("teacher-1", "teacher");
    }

    @BeforeEach
    void gradeThePlansOnce() {
        if (fixture != null) {
            return;
        }
        Map<String, String> values = new HashMap<>();
        UUID topic = UUID.randomUUID();
        TestEvents.publishDemoTopic(bootstrapServers, topic);
        String question = DemoPack.questionId(topic, DemoPack.MACHINATIONS).toString();
        values.put("topic", topic.toString());
        values.put("question", question);

        String owner = "student-" + UUID.randomUUID();
        values.put("owner", owner);
        values.put("assessment", submitted(owner, question));
        String graded = submitted(owner, question);
        selfAssessed(owner, graded);
        values.put("graded", graded);
        String moderated = submitted(owner, question);
        selfAssessed(owner, moderated);
        TestTokens.asTeacher("teacher-1").contentType(ContentType.JSON).body(MODERATION)
                .put("/assessments/{id}/moderation", moderated).then().statusCode(200);
        values.put("moderated", moderated);
        values.put("others", submitted("student-" + UUID.randomUUID(), question));

        UUID retracted = UUID.randomUUID();
        TestEvents.publishDemoTopic(bootstrapServers, retracted);
        TestEvents.produce(bootstrapServers, EventType.TOPIC_RETRACTED_V1, retracted.toString(),
                new TopicRetractedV1(retracted, 1, Instant.now()));
        TestEvents.awaitQuestions(retracted, 0);
        values.put("retracted", DemoPack.questionId(retracted, DemoPack.MACHINATIONS).toString());

        values.put("unknown", UUID.randomUUID().toString());
        values.put("padding", BadRequest.paddingOver(bodyLimit.asLongValue()));
        fixture = Map.copyOf(values);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedWithAProblemAndChangesNothing(BadRequest request) {
        request.assertRefusedAndChangesNothing(fixture, () -> DatabaseSnapshot.of(dataSource));
    }

    private static String submitted(String student, String question) {
        return TestTokens.asStudent(student).contentType(ContentType.JSON).body(PLAN.replace("{question}", question))
                .post("/assessments").then().statusCode(201).extract().path("id");
    }

    private static void selfAssessed(String student, String assessment) {
        TestTokens.asStudent(student).contentType(ContentType.JSON).body(LEVELS)
                .put("/assessments/{id}/self-assessment", assessment).then().statusCode(200);
    }
}
