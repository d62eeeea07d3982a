package org.examsuite.quiz.api;

import static org.awaitility.Awaitility.await;
import static org.examsuite.quiz.api.QuizClient.itemOfType;
import static org.examsuite.quiz.api.QuizClient.published;
import static org.examsuite.quiz.api.QuizClient.start;
import static org.examsuite.quiz.api.QuizClient.startBody;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.events.EventType;
import org.examsuite.events.content.TopicRetractedV1;
import org.examsuite.quiz.TestTopics;
import org.examsuite.testsupport.BadRequest;
import org.examsuite.testsupport.DatabaseSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Every write endpoint of quiz-service, table-driven, with bad input of each kind that applies:
 * missing fields, wrong types, huge strings, negative numbers, unknown enum values, ids of other
 * aggregates, unknown ids, conflicts, empty bodies, malformed JSON, another content type and a body
 * over the size limit. Each gets a 4xx problem response (naming every field at fault where the
 * input is invalid) and leaves the database exactly as it was.
 * <p>
 * Placeholders: the student {owner} has the active practice session {session} with an item of
 * every type ({single}, {multiple}, {short}, {ordering}, {matching}, {cloze}, {essay}); the
 * session {planned-session} whose essay item {planned} has its plan; and the finished session
 * {ended} with {ended-item} and {ended-essay}. Another student has the session {others} with
 * {others-item}. {topic} is open for practice, {retracted} was retracted, {newcomer} is a student
 * with nothing due for review, {unknown} names nothing and {padding} is a string over the body size
 * limit.
 */
@QuarkusTest
class BadInputTest {

    private static final String OWNER = "{owner}";
    private static final String PLAN = """
            {"thesis": "The post mattered most.", "points": [{"point": "Appointments", "evidence": "The Secretariat",
             "explanation": "Delegates owed him their posts"}], "counterArgument": "Rivals erred.", "conclusion": "Necessary."}""";
    private static final String START = """
            {"topicIds": ["{topic}"], "mode": "PRACTICE"}""";

    private static Map<String, String> fixture;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize bodyLimit;

    @Inject
    DataSource dataSource;

    @Inject
    Scheduler scheduler;

    static Stream<BadRequest> badRequests() {
        return Stream.of(starts(), answers(), plans(), endings(), erasures()).flatMap(rows -> rows);
    }

    static Stream<BadRequest> starts() {
        return Stream.concat(student("POST", "/sessions").jsonBodyRefusals(), Stream.of(
                post("/sessions").json("{}").fault("no fields").refused(400, "topicIds", "mode"),
                post("/sessions").json("{\"topicIds\": [\"{topic}\"]}").fault("no mode").refused(400, "mode"),
                post("/sessions").json(START.replace("PRACTICE", "LEISURE")).fault("an unknown mode").refused(400, "mode"),
                post("/sessions").json(startWith("\"questionTypes\": [\"ESSAY\"]")).fault("an unknown question type")
                        .refused(400, "questionTypes[0]"),
                post("/sessions").json("{\"topicIds\": [], \"mode\": \"PRACTICE\"}").fault("no topics").refused(400, "topicIds"),
                post("/sessions").json("{\"topicIds\": [" + IntStream.range(0, 11).mapToObj(i -> "\"" + UUID.randomUUID() + "\"")
                        .collect(Collectors.joining(", ")) + "], \"mode\": \"PRACTICE\"}").fault("eleven topics")
                        .refused(400, "topicIds"),
                post("/sessions").json("{\"topicIds\": [\"{topic}\", \"{topic}\"], \"mode\": \"EXAM\"}").fault("a topic twice")
                        .refused(400, "topicIds"),
                post("/sessions").json("{\"topicIds\": [\"topic-1\"], \"mode\": \"PRACTICE\"}").fault("a topic id that is no UUID")
                        .refused(400, "topicIds[0]"),
                post("/sessions").json("{\"topicIds\": [null], \"mode\": \"PRACTICE\"}").fault("a null topic id")
                        .refused(400, "topicIds[0]"),
                post("/sessions").json(startWith("\"questionCount\": 0")).fault("no questions").refused(400, "questionCount"),
                post("/sessions").json(startWith("\"questionCount\": -5")).fault("a negative question count").refused(400, "questionCount"),
                post("/sessions").json(startWith("\"questionCount\": 51")).fault("more than fifty questions").refused(400, "questionCount"),
                post("/sessions").json(startWith("\"questionCount\": \"ten\"")).fault("a question count that is no number")
                        .refused(400, "questionCount"),
                post("/sessions").json(startWith("\"timeLimitSeconds\": -60")).fault("a negative time limit")
                        .refused(400, "timeLimitSeconds"),
                post("/sessions").json(startWith("\"includeEssay\": \"perhaps\"")).fault("includeEssay that is no boolean")
                        .refused(400, "includeEssay"),
                post("/sessions").json(START.replace("{topic}", "{unknown}")).fault("an unknown topic").refused(422),
                post("/sessions").json(START.replace("{topic}", "{session}")).fault("a session's id as the topic").refused(422),
                post("/sessions").json(START.replace("{topic}", "{retracted}")).fault("a retracted topic").refused(422),
                BadRequest.post("/sessions").as("{newcomer}", "student").json(START.replace("PRACTICE", "REVIEW"))
                        .fault("a review with nothing due").refused(422)));
    }

    static Stream<BadRequest> answers() {
        String single = "/sessions/{session}/items/{single}/answer";
        return Stream.concat(student("PUT", single).jsonBodyRefusals(), Stream.of(
                put(single).json("{}").fault("no answer field").refused(400, "optionId"),
                put(single).json("{\"text\": \"gensec\"}").fault("the field of another type").refused(400, "text", "optionId"),
                put(single).json("{\"optionId\": \"nope\"}").fault("an option the item lacks").refused(400, "optionId"),
                put(single).json("{\"value\": \"maybe\"}").fault("a value that is no boolean").refused(400, "value"),
                put("/sessions/{session}/items/{multiple}/answer").json("{\"optionIds\": \"trotsky\"}")
                        .fault("option ids that are no list").refused(400, "optionIds"),
                put("/sessions/{session}/items/{multiple}/answer").json("{\"optionIds\": [\"trotsky\", \"trotsky\"]}")
                        .fault("an option twice").refused(400, "optionIds[1]"),
                put("/sessions/{session}/items/{short}/answer").json("{\"text\": \"" + "x".repeat(501) + "\"}")
                        .fault("a huge text").refused(400, "text"),
                put("/sessions/{session}/items/{short}/answer").json("{\"text\": \" \"}").fault("a blank text").refused(400, "text"),
                put("/sessions/{session}/items/{ordering}/answer").json("{\"order\": [\"plan\", \"kirov\"]}")
                        .fault("an order missing items").refused(400, "order"),
                put("/sessions/{session}/items/{matching}/answer").json("{\"matches\": {\"t\": \"R9\"}}")
                        .fault("a right item the question lacks").refused(400, "matches.t"),
                put("/sessions/{session}/items/{cloze}/answer").json("{\"gaps\": {\"-1\": \"Secretariat\"}}")
                        .fault("a negative gap number").refused(400, "gaps.-1"),
                put("/sessions/{session}/items/{unknown}/answer").json("{\"optionId\": \"gensec\"}").fault("an unknown item")
                        .refused(404),
                put("/sessions/{session}/items/{others-item}/answer").json("{\"value\": true}").fault("another session's item")
                        .refused(404),
                put("/sessions/{others}/items/{others-item}/answer").json("{\"value\": true}").fault("another student's session")
                        .refused(404),
                put("/sessions/{unknown}/items/{single}/answer").json("{\"optionId\": \"gensec\"}").fault("an unknown session")
                        .refused(404),
                put("/sessions/{topic}/items/{single}/answer").json("{\"optionId\": \"gensec\"}").fault("a topic's id as the session")
                        .refused(404),
                put("/sessions/not-a-uuid/items/{single}/answer").json("{\"optionId\": \"gensec\"}").fault("an id that is no UUID")
                        .refused(404),
                put("/sessions/{session}/items/{essay}/answer").json("{\"text\": \"An essay\"}").fault("an essay item")
                        .refused(422),
                put("/sessions/{ended}/items/{ended-item}/answer").json("{\"value\": true}").fault("a finished session")
                        .refused(409)));
    }

    static Stream<BadRequest> plans() {
        String essay = "/sessions/{session}/items/{essay}/essay-plan";
        return Stream.concat(student("POST", essay).jsonBodyRefusals(), Stream.of(
                post(essay).json("{}").fault("no fields").refused(400, "thesis", "points"),
                post(essay).json("{\"thesis\": \" \", \"points\": []}").fault("a blank thesis and no points")
                        .refused(400, "thesis", "points"),
                post(essay).json("{\"thesis\": \"T\", \"points\": [{\"evidence\": \"E\"}]}").fault("a point without its point")
                        .refused(400, "points[0].point"),
                post(essay).json("{\"thesis\": \"T\", \"points\": [null]}").fault("a null point").refused(400, "points[0]"),
                post(essay).json("{\"thesis\": \"T\", \"points\": \"Appointments\"}").fault("points that are no list")
                        .refused(400, "points"),
                post(essay).json(PLAN.replace("The post mattered most.", "x".repeat(2001))).fault("a huge thesis")
                        .refused(400, "thesis"),
                post(essay).json(PLAN.replace("The Secretariat", "x".repeat(2001))).fault("huge evidence")
                        .refused(400, "points[0].evidence"),
                post(essay).json("{\"thesis\": \"T\", \"points\": [" + IntStream.range(0, 21).mapToObj(i -> "{\"point\": \"p\"}")
                        .collect(Collectors.joining(", ")) + "]}").fault("twenty-one points").refused(400, "points"),
                post("/sessions/{session}/items/{single}/essay-plan").json(PLAN).fault("a recall item").refused(422),
                post("/sessions/{session}/items/{unknown}/essay-plan").json(PLAN).fault("an unknown item").refused(404),
                post("/sessions/{others}/items/{others-item}/essay-plan").json(PLAN).fault("another student's session")
                        .refused(404),
                post("/sessions/{session}/items/{topic}/essay-plan").json(PLAN).fault("a topic's id as the item").refused(404),
                post("/sessions/{planned-session}/items/{planned}/essay-plan").json(PLAN).fault("a plan handed in already")
                        .refused(409),
                post("/sessions/{ended}/items/{ended-essay}/essay-plan").json(PLAN).fault("a finished session").refused(409)));
    }

    static Stream<BadRequest> endings() {
        return Stream.of("finish", "abandon").flatMap(ending -> Stream.of(
                post("/sessions/{unknown}/" + ending).fault("an unknown session").refused(404),
                post("/sessions/{others}/" + ending).fault("another student's session").refused(404),
                post("/sessions/{topic}/" + ending).fault("a topic's id as the session").refused(404),
                post("/sessions/not-a-uuid/" + ending).fault("an id that is no UUID").refused(404),
                post("/sessions/{ended}/" + ending).fault("a finished session").refused(409)));
    }

    static Stream<BadRequest> erasures() {
        return Stream.of(
                BadRequest.delete("/students/" + "s".repeat(201)).as("admin-1", "admin").fault("an id longer than any student's")
                        .refused(400, "studentId"),
                BadRequest.delete("/students/%20").as("admin-1", "admin").fault("a blank id").refused(400, "studentId"));
    }

    private static String startWith(String field) {
        return START.substring(0, START.lastIndexOf('}')) + ", " + field + "}";
    }

    private static BadRequest student(String method, String path) {
        return BadRequest.to(method, path).as(OWNER, "student");
    }

    private static BadRequest post(String path) {
        return student("POST", path);
    }

    private static BadRequest put(String path) {
        return student("PUT", path);
    }

    @BeforeEach
    void startTheSessionsOnce() {
        if (fixture != null) {
            return;
        }
        Map<String, String> values = new HashMap<>();
        String owner = QuizClient.student();
        values.put("owner", owner);
        TestTopics.Topic topic = published(bootstrapServers, TestTopics.topic("Bad input " + UUID.randomUUID()));
        values.put("topic", topic.id().toString());

        JsonPath session = start(owner, startBody(topic.id(), "PRACTICE", "questionCount", 20, "includeEssay", true));
        values.put("session", session.getString("id"));
        Map.of("single", "SINGLE_CHOICE", "multiple", "MULTIPLE_CHOICE", "short", "SHORT_ANSWER", "ordering", "ORDERING",
                "matching", "MATCHING", "cloze", "CLOZE", "essay", "ESSAY")
                .forEach((name, type) -> values.put(name, (String) itemOfType(session, type).get("id")));

        JsonPath planned = start(owner, startBody(topic.id(), "PRACTICE", "questionTypes", List.of("TRUE_FALSE"), "includeEssay", true));
        String plannedEssay = (String) itemOfType(planned, "ESSAY").get("id");
        QuizClient.as(owner).body(PLAN).post("/sessions/{s}/items/{i}/essay-plan", planned.getString("id"), plannedEssay)
                .then().statusCode(202);
        values.put("planned-session", planned.getString("id"));
        values.put("planned", plannedEssay);

        JsonPath ended = start(owner, startBody(topic.id(), "PRACTICE", "questionTypes", List.of("TRUE_FALSE"), "includeEssay", true));
        QuizClient.as(owner).post("/sessions/{id}/finish", ended.getString("id")).then().statusCode(200);
        values.put("ended", ended.getString("id"));
        values.put("ended-item", (String) itemOfType(ended, "TRUE_FALSE").get("id"));
        values.put("ended-essay", (String) itemOfType(ended, "ESSAY").get("id"));

        JsonPath others = start(QuizClient.student(), startBody(topic.id(), "PRACTICE", "questionTypes", List.of("TRUE_FALSE")));
        values.put("others", others.getString("id"));
        values.put("others-item", (String) itemOfType(others, "TRUE_FALSE").get("id"));

        TestTopics.Topic retracted = published(bootstrapServers, TestTopics.topic("Retracted " + UUID.randomUUID()));
        QuizClient.produce(bootstrapServers, EventType.TOPIC_RETRACTED_V1, retracted.id().toString(),
                new TopicRetractedV1(retracted.id(), 1, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuizClient.reader().get("/catalog/topics/{id}", retracted.id())
                .statusCode() == 404);
        values.put("retracted", retracted.id().toString());

        values.put("newcomer", QuizClient.student());
        values.put("unknown", UUID.randomUUID().toString());
        values.put("padding", BadRequest.paddingOver(bodyLimit.asLongValue()));
        fixture = Map.copyOf(values);
    }

    /** The deadline sweep closes other tests' overdue exams on its own schedule; paused, any change is the request's. */
    @BeforeEach
    void pauseTheDeadlineSweep() {
        scheduler.pause();
    }

    @AfterEach
    void resumeTheDeadlineSweep() {
        scheduler.resume();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedWithAProblemAndChangesNothing(BadRequest request) {
        request.assertRefusedAndChangesNothing(fixture, () -> DatabaseSnapshot.of(dataSource));
    }
}
