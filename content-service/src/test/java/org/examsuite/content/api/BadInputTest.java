package org.examsuite.content.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.testsupport.BadRequest;
import org.examsuite.testsupport.DatabaseSnapshot;
import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * Every write endpoint of content-service, table-driven, with bad input of each kind that applies:
 * missing fields, wrong types, huge strings, negative numbers, unknown enum values, ids of other
 * aggregates, unknown ids, conflicts, empty bodies, malformed JSON, another content type and a body
 * over the size limit. Each gets a 4xx problem response (naming every field at fault where the
 * input is invalid) and leaves the database exactly as it was.
 * <p>
 * Placeholders: {topic} is a draft with the section {section}, the question {question} and the
 * essay question {essay} (rubric {rubric}, 20 marks); {other-topic} has {other-section},
 * {other-question} and {other-essay}; {published} is published with nothing changed since;
 * {empty} is a draft without questions; {unknown} names nothing; {padding} is a string over the
 * body size limit.
 */
@QuarkusTest
class BadInputTest {

    private static final String TEACHER = "teacher-1";
    private static final String TOPIC_KEY = "badinput.topic";
    private static final String RUBRIC_KEY = "badinput.rubric";
    private static final String RUBRIC = """
            {"key": "%s", "name": "Essay (20)", "criteria": [
              {"key": "knowledge", "name": "Knowledge", "maxMarks": 10, "levels": [
                {"level": 1, "descriptor": "Some", "minMark": 1, "maxMark": 5},
                {"level": 2, "descriptor": "Full", "minMark": 6, "maxMark": 10}]},
              {"key": "judgement", "name": "Judgement", "maxMarks": 10, "levels": [
                {"level": 1, "descriptor": "Asserted", "minMark": 0, "maxMark": 4},
                {"level": 2, "descriptor": "Weighed", "minMark": 5, "maxMark": 10}]}]}
            """;
    private static final String TOPIC = """
            {"subject": "History", "title": "Bad input", "levels": ["AS_LEVEL"], "boards": ["AQA"]}""";
    private static final String SECTION = """
            {"title": "Rise", "keyPoints": [{"heading": "Lenin", "text": "Died in January 1924."}]}""";
    private static final String QUESTION = """
            {"type": "TRUE_FALSE", "prompt": "Lenin died in 1924.", "answer": true}""";
    private static final String ESSAY = """
            {"prompt": "Assess.", "commandWord": "ASSESS", "marks": 20, "suggestedMinutes": 30, "rubricId": "{rubric}",
             "indicativeContent": [{"key": "post", "title": "The post", "evidenceTerms": ["Secretariat"], "minimumMatches": 1}]}""";
    private static final String PACK = """
            {"format": "examsuite-content-pack", "formatVersion": 1, "topics": [%s]}""";
    private static final String PACK_TOPIC = """
            {"key": "badinput.pack", "subject": "History", "title": "Pack", "levels": ["O_LEVEL"], "boards": []}""";

    private static Map<String, String> fixture;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize bodyLimit;

    static Stream<BadRequest> badRequests() {
        return Stream.of(topics(), publication(), sections(), questions(), essayQuestions(), rubrics(), imports())
                .flatMap(rows -> rows);
    }

    static Stream<BadRequest> topics() {
        return Stream.of(
                teacher("POST", "/topics").jsonBodyRefusals(),
                Stream.of(
                        post("/topics").json("{}").fault("no fields").refused(400, "subject", "title", "levels", "boards"),
                        post("/topics").json(TOPIC.replace("[\"AS_LEVEL\"]", "\"AS_LEVEL\"")).fault("levels not a list")
                                .refused(400, "levels"),
                        post("/topics").json(TOPIC.replace("Bad input", "x".repeat(301))).fault("a huge title").refused(400, "title"),
                        post("/topics").json(TOPIC.replace("\"AQA\"", "\"" + "x".repeat(101) + "\"")).fault("a huge board")
                                .refused(400, "boards[0]"),
                        post("/topics").json(TOPIC.replace("AS_LEVEL", "PHD")).fault("an unknown level").refused(400, "levels[0]"),
                        post("/topics").json(with(TOPIC, "\"colour\": \"red\"")).fault("an unknown field")
                                .refused(400, "colour"),
                        post("/topics").json(with(TOPIC, "\"key\": \"" + TOPIC_KEY + "\"")).fault("a key another topic has")
                                .refused(409)),
                teacher("PUT", "/topics/{topic}").jsonBodyRefusals(),
                Stream.of(
                        put("/topics/{topic}").json("{}").fault("no fields").refused(400, "subject", "title", "levels", "boards"),
                        put("/topics/{topic}").json(with(TOPIC, "\"keyQuestion\": \"" + "x".repeat(1001) + "\""))
                                .fault("a huge key question").refused(400, "keyQuestion"),
                        put("/topics/{topic}").json(TOPIC.replace("\"AS_LEVEL\"", "\"O_LEVEL\", \"AS_LEVEL\", \"A_LEVEL\", \"O_LEVEL\""))
                                .fault("four levels").refused(400, "levels"),
                        put("/topics/{topic}").json(TOPIC.replace("AS_LEVEL", "PHD")).fault("an unknown level").refused(400, "levels[0]"),
                        put("/topics/{topic}").header("If-Match", "latest").json(TOPIC).fault("an If-Match that is no revision")
                                .refused(400, "If-Match"),
                        put("/topics/{topic}").header("If-Match", "999").json(TOPIC).fault("a stale revision").refused(409),
                        put("/topics/{unknown}").json(TOPIC).fault("an unknown topic").refused(404),
                        put("/topics/{rubric}").json(TOPIC).fault("a rubric's id").refused(404),
                        put("/topics/not-a-uuid").json(TOPIC).fault("an id that is no UUID").refused(404)),
                Stream.of(
                        delete("/topics/{unknown}").fault("an unknown topic").refused(404),
                        delete("/topics/{rubric}").fault("a rubric's id").refused(404),
                        delete("/topics/not-a-uuid").fault("an id that is no UUID").refused(404),
                        delete("/topics/{published}").fault("a published topic").refused(409)))
                .flatMap(rows -> rows);
    }

    static Stream<BadRequest> publication() {
        return Stream.of(
                post("/topics/{unknown}/publish").fault("an unknown topic").refused(404),
                post("/topics/{rubric}/publish").fault("a rubric's id").refused(404),
                post("/topics/not-a-uuid/publish").fault("an id that is no UUID").refused(404),
                post("/topics/{published}/publish").fault("nothing changed since the last version").refused(409),
                post("/topics/{empty}/publish").fault("no questions").refused(422),
                post("/topics/{unknown}/retract").fault("an unknown topic").refused(404),
                post("/topics/{section}/retract").fault("a section's id").refused(404),
                post("/topics/{empty}/retract").fault("a draft").refused(409));
    }

    static Stream<BadRequest> sections() {
        return Stream.of(
                teacher("POST", "/topics/{topic}/sections").jsonBodyRefusals(),
                Stream.of(
                        post("/topics/{topic}/sections").json("{}").fault("no fields").refused(400, "title", "keyPoints"),
                        post("/topics/{topic}/sections").json("{\"title\": \"Rise\", \"keyPoints\": \"Lenin died\"}")
                                .fault("key points not a list").refused(400, "keyPoints"),
                        post("/topics/{topic}/sections").json(SECTION.replace("Rise", "x".repeat(301))).fault("a huge title")
                                .refused(400, "title"),
                        post("/topics/{topic}/sections").json(SECTION.replace("Died in January 1924.", "x".repeat(5001)))
                                .fault("a huge key point").refused(400, "keyPoints[0].text"),
                        post("/topics/{topic}/sections").json(SECTION.replace("\"text\": \"Died in January 1924.\"", "\"text\": \" \""))
                                .fault("a blank key point").refused(400, "keyPoints[0].text"),
                        post("/topics/{topic}/sections").json(with(SECTION, "\"key\": \"notes\"")).fault("a key the topic uses")
                                .refused(409),
                        post("/topics/{unknown}/sections").json(SECTION).fault("an unknown topic").refused(404),
                        post("/topics/{rubric}/sections").json(SECTION).fault("a rubric's id").refused(404)),
                teacher("PUT", "/topics/{topic}/sections/{section}").jsonBodyRefusals(),
                Stream.of(
                        put("/topics/{topic}/sections/{section}").json("{}").fault("no fields").refused(400, "title", "keyPoints"),
                        put("/topics/{topic}/sections/{section}").json(SECTION.replace("Rise", "x".repeat(301)))
                                .fault("a huge title").refused(400, "title"),
                        put("/topics/{topic}/sections/{unknown}").json(SECTION).fault("an unknown section").refused(404),
                        put("/topics/{topic}/sections/{other-section}").json(SECTION).fault("another topic's section").refused(404),
                        put("/topics/{unknown}/sections/{section}").json(SECTION).fault("an unknown topic").refused(404)),
                Stream.of(
                        delete("/topics/{topic}/sections/{unknown}").fault("an unknown section").refused(404),
                        delete("/topics/{topic}/sections/{other-section}").fault("another topic's section").refused(404),
                        delete("/topics/{topic}/sections/not-a-uuid").fault("an id that is no UUID").refused(404)))
                .flatMap(rows -> rows);
    }

    static Stream<BadRequest> questions() {
        String questions = "/topics/{topic}/questions";
        return Stream.of(
                teacher("POST", questions).jsonBodyRefusals(),
                Stream.of(
                        post(questions).json("{}").fault("no fields").refused(400, "type", "prompt"),
                        post(questions).json("""
                                {"type": "SINGLE_CHOICE", "prompt": "p", "options": [{"key": "a", "text": "x", "correct": true}, {"key": "b", "text": "y", "correct": true}]}""")
                                .fault("single choice with two correct options").refused(400, "options"),
                        post(questions).json("""
                                {"type": "MULTIPLE_CHOICE", "prompt": "p", "options": [{"key": "a", "text": "x", "correct": true}, {"key": "b", "text": "y", "correct": false}]}""")
                                .fault("multiple choice with one correct option").refused(400, "options"),
                        post(questions).json("{\"type\": \"TRUE_FALSE\", \"prompt\": \"p\"}").fault("true/false without an answer")
                                .refused(400, "answer"),
                        post(questions).json("{\"type\": \"TRUE_FALSE\", \"prompt\": \"p\", \"answer\": \"perhaps\"}")
                                .fault("an answer that is no boolean").refused(400, "answer"),
                        post(questions).json("{\"type\": \"SHORT_ANSWER\", \"prompt\": \"p\", \"acceptedAnswers\": []}")
                                .fault("short answer without answers").refused(400, "acceptedAnswers"),
                        post(questions).json("""
                                {"type": "ORDERING", "prompt": "p", "itemsInOrder": [{"key": "a", "text": "x"}, {"key": "b", "text": "y"}]}""")
                                .fault("ordering of two items").refused(400, "itemsInOrder"),
                        post(questions).json("""
                                {"type": "MATCHING", "prompt": "p", "pairs": [{"key": "a", "left": "x", "right": "1"}, {"key": "b", "left": "x", "right": "2"},
                                 {"key": "c", "left": "z", "right": "3"}]}""")
                                .fault("matching with a repeated left side").refused(400, "pairs"),
                        post(questions).json("""
                                {"type": "CLOZE", "prompt": "p", "text": "Only {{1}}.", "gaps": [{"number": 1, "acceptedAnswers": ["a"]}, {"number": 2, "acceptedAnswers": ["b"]}]}""")
                                .fault("cloze whose text lacks a gap").refused(400, "text"),
                        post(questions).json("""
                                {"type": "CLOZE", "prompt": "p", "text": "Only {{1}}.", "gaps": [{"number": -1, "acceptedAnswers": ["a"]}]}""")
                                .fault("a negative gap number").refused(400, "gaps[0].number", "gaps", "text"),
                        post(questions).json("{\"type\": \"TRUE_FALSE\", \"answer\": true}").fault("no prompt").refused(400, "prompt"),
                        post(questions).json("{\"type\": \"ESSAY\", \"prompt\": \"p\"}").fault("an unknown type").refused(400, "type"),
                        post(questions).json(QUESTION.replace("Lenin died in 1924.", "x".repeat(2001))).fault("a huge prompt")
                                .refused(400, "prompt"),
                        post(questions).json(with(QUESTION, "\"sectionId\": \"{other-section}\""))
                                .fault("another topic's section").refused(400, "sectionId"),
                        post(questions).json(with(QUESTION, "\"sectionId\": \"section-1\"")).fault("a section id that is no UUID")
                                .refused(400, "sectionId"),
                        post(questions).json(with(QUESTION, "\"sectionKey\": \"nowhere\"")).fault("a section key of no section")
                                .refused(400, "sectionKey"),
                        post(questions).json(with(QUESTION, "\"key\": \"q1\"")).fault("a key the topic uses").refused(409),
                        post("/topics/{unknown}/questions").json(QUESTION).fault("an unknown topic").refused(404)),
                teacher("PUT", questions + "/{question}").jsonBodyRefusals(),
                Stream.of(
                        put(questions + "/{question}").json("{}").fault("no fields").refused(400, "type", "prompt"),
                        put(questions + "/{question}").json(QUESTION.replace("TRUE_FALSE", "ESSAY")).fault("an unknown type")
                                .refused(400, "type"),
                        put(questions + "/{question}").json(QUESTION.replace("Lenin died in 1924.", "x".repeat(2001)))
                                .fault("a huge prompt").refused(400, "prompt"),
                        put(questions + "/{question}").json(with(QUESTION, "\"sectionId\": \"{other-section}\""))
                                .fault("another topic's section").refused(400, "sectionId"),
                        put(questions + "/{unknown}").json(QUESTION).fault("an unknown question").refused(404),
                        put(questions + "/{other-question}").json(QUESTION).fault("another topic's question").refused(404)),
                Stream.of(
                        delete(questions + "/{unknown}").fault("an unknown question").refused(404),
                        delete(questions + "/{other-question}").fault("another topic's question").refused(404),
                        delete(questions + "/not-a-uuid").fault("an id that is no UUID").refused(404)))
                .flatMap(rows -> rows);
    }

    static Stream<BadRequest> essayQuestions() {
        String essays = "/topics/{topic}/essay-questions";
        return Stream.of(
                teacher("POST", essays).jsonBodyRefusals(),
                Stream.of(
                        post(essays).json("{}").fault("no fields")
                                .refused(400, "prompt", "commandWord", "marks", "suggestedMinutes", "indicativeContent"),
                        post(essays).json(ESSAY.replace("\"marks\": 20", "\"marks\": \"twenty\"")).fault("marks that are no number")
                                .refused(400, "marks"),
                        post(essays).json(ESSAY.replace("\"marks\": 20", "\"marks\": -20")).fault("negative marks").refused(400, "marks"),
                        post(essays).json(ESSAY.replace("\"suggestedMinutes\": 30", "\"suggestedMinutes\": 241"))
                                .fault("more minutes than an exam has").refused(400, "suggestedMinutes"),
                        post(essays).json(ESSAY.replace("ASSESS", "DESCRIBE")).fault("an unknown command word").refused(400, "commandWord"),
                        post(essays).json(ESSAY.replace("Assess.", "x".repeat(2001))).fault("a huge prompt").refused(400, "prompt"),
                        post(essays).json(ESSAY.replace("\"minimumMatches\": 1", "\"minimumMatches\": 0"))
                                .fault("a factor matched by no term").refused(400, "indicativeContent[0].minimumMatches"),
                        post(essays).json(ESSAY.replace("\"marks\": 20", "\"marks\": 25")).fault("marks other than the rubric's total")
                                .refused(400, "marks"),
                        post(essays).json(ESSAY.replace("{rubric}", "{topic}")).fault("a topic's id as the rubric").refused(400, "rubricId"),
                        post(essays).json(ESSAY.replace("\"rubricId\": \"{rubric}\"", "\"rubricKey\": \"nowhere\""))
                                .fault("a rubric key of no rubric").refused(400, "rubricKey"),
                        post(essays).json(ESSAY.replace("\"rubricId\": \"{rubric}\",", "")).fault("no rubric").refused(400, "rubricId"),
                        post(essays).json(with(ESSAY, "\"key\": \"essay\"")).fault("a key the topic uses")
                                .refused(409),
                        post("/topics/{unknown}/essay-questions").json(ESSAY).fault("an unknown topic").refused(404)),
                teacher("PUT", essays + "/{essay}").jsonBodyRefusals(),
                Stream.of(
                        put(essays + "/{essay}").json("{}").fault("no fields")
                                .refused(400, "prompt", "commandWord", "marks", "suggestedMinutes", "indicativeContent"),
                        put(essays + "/{essay}").json(ESSAY.replace("\"suggestedMinutes\": 30", "\"suggestedMinutes\": -30"))
                                .fault("negative minutes").refused(400, "suggestedMinutes"),
                        put(essays + "/{essay}").json(ESSAY.replace("ASSESS", "DESCRIBE")).fault("an unknown command word")
                                .refused(400, "commandWord"),
                        put(essays + "/{essay}").json(ESSAY.replace("{rubric}", "{essay}")).fault("an essay question's id as the rubric")
                                .refused(400, "rubricId"),
                        put(essays + "/{unknown}").json(ESSAY).fault("an unknown essay question").refused(404),
                        put(essays + "/{other-essay}").json(ESSAY).fault("another topic's essay question").refused(404)),
                Stream.of(
                        delete(essays + "/{unknown}").fault("an unknown essay question").refused(404),
                        delete(essays + "/{other-essay}").fault("another topic's essay question").refused(404),
                        delete(essays + "/not-a-uuid").fault("an id that is no UUID").refused(404)))
                .flatMap(rows -> rows);
    }

    static Stream<BadRequest> rubrics() {
        String valid = RUBRIC.formatted("badinput.another");
        return Stream.of(
                teacher("POST", "/rubrics").jsonBodyRefusals(),
                Stream.of(
                        post("/rubrics").json("{}").fault("no fields").refused(400, "name", "criteria"),
                        post("/rubrics").json(bands("{\"level\": 1, \"descriptor\": \"a\", \"minMark\": 1, \"maxMark\": 3}, "
                                + "{\"level\": 2, \"descriptor\": \"b\", \"minMark\": 5, \"maxMark\": 10}"))
                                .fault("a gap between bands").refused(400, "criteria[0].levels"),
                        post("/rubrics").json(bands("{\"level\": 1, \"descriptor\": \"a\", \"minMark\": 1, \"maxMark\": 6}, "
                                + "{\"level\": 2, \"descriptor\": \"b\", \"minMark\": 5, \"maxMark\": 10}"))
                                .fault("overlapping bands").refused(400, "criteria[0].levels"),
                        post("/rubrics").json(bands("{\"level\": 1, \"descriptor\": \"a\", \"minMark\": 1, \"maxMark\": 5}, "
                                + "{\"level\": 2, \"descriptor\": \"b\", \"minMark\": 6, \"maxMark\": 9}"))
                                .fault("a top band short of the maximum").refused(400, "criteria[0].levels"),
                        post("/rubrics").json(bands("{\"level\": 2, \"descriptor\": \"a\", \"minMark\": 1, \"maxMark\": 5}, "
                                + "{\"level\": 1, \"descriptor\": \"b\", \"minMark\": 6, \"maxMark\": 10}"))
                                .fault("levels out of order").refused(400, "criteria[0].levels"),
                        post("/rubrics").json(bands("{\"level\": 1, \"descriptor\": \"a\", \"minMark\": 5, \"maxMark\": 1}, "
                                + "{\"level\": 2, \"descriptor\": \"b\", \"minMark\": 6, \"maxMark\": 10}"))
                                .fault("a band upside down").refused(400, "criteria[0].levels"),
                        post("/rubrics").json(bands("{\"level\": 1, \"descriptor\": \"a\", \"minMark\": -1, \"maxMark\": 5}, "
                                + "{\"level\": 2, \"descriptor\": \"b\", \"minMark\": 6, \"maxMark\": 10}"))
                                .fault("a negative mark").refused(400, "criteria[0].levels[0].minMark"),
                        post("/rubrics").json(valid.replace("\"maxMarks\": 10", "\"maxMarks\": \"ten\""))
                                .fault("a maximum that is no number").refused(400, "criteria[0].maxMarks"),
                        post("/rubrics").json(valid.replace("Essay (20)", "x".repeat(301))).fault("a huge name").refused(400, "name"),
                        post("/rubrics").json(RUBRIC.formatted(RUBRIC_KEY)).fault("a key another rubric has").refused(409)),
                teacher("PUT", "/rubrics/{rubric}").jsonBodyRefusals(),
                Stream.of(
                        put("/rubrics/{rubric}").json("{}").fault("no fields").refused(400, "name", "criteria"),
                        put("/rubrics/{rubric}").json(bands("{\"level\": 1, \"descriptor\": \"a\", \"minMark\": 1, \"maxMark\": 5}, "
                                + "{\"level\": 2, \"descriptor\": \"b\", \"minMark\": 6, \"maxMark\": 10}"))
                                .fault("a total other than its essay questions' marks").refused(400, "criteria"),
                        put("/rubrics/{unknown}").json(valid).fault("an unknown rubric").refused(404),
                        put("/rubrics/{topic}").json(valid).fault("a topic's id").refused(404),
                        put("/rubrics/not-a-uuid").json(valid).fault("an id that is no UUID").refused(404)),
                Stream.of(
                        delete("/rubrics/{unknown}").fault("an unknown rubric").refused(404),
                        delete("/rubrics/{topic}").fault("a topic's id").refused(404),
                        delete("/rubrics/{rubric}").fault("a rubric that essay questions use").refused(409)))
                .flatMap(rows -> rows);
    }

    static Stream<BadRequest> imports() {
        return Stream.concat(post("/imports").jsonBodyRefusals(), Stream.of(
                post("/imports").json("{}").fault("no fields").refused(400, "format", "formatVersion", "topics"),
                post("/imports").json(PACK.formatted(PACK_TOPIC).replace("examsuite-content-pack", "zip"))
                        .fault("another format").refused(400, "format"),
                post("/imports").json(PACK.formatted(PACK_TOPIC).replace("\"formatVersion\": 1", "\"formatVersion\": -1"))
                        .fault("a negative format version").refused(400, "formatVersion"),
                post("/imports").json(PACK.formatted(PACK_TOPIC).replace("\"formatVersion\": 1", "\"formatVersion\": \"one\""))
                        .fault("a format version that is no number").refused(400, "formatVersion"),
                post("/imports").json(PACK.formatted("")).fault("no topics").refused(400, "topics"),
                post("/imports").json(PACK.formatted(PACK_TOPIC.replace("\"Pack\"", "\"" + "x".repeat(301) + "\"")))
                        .fault("a huge title").refused(400, "topics[0].title"),
                post("/imports").json(PACK.formatted(PACK_TOPIC.replace("[]", "[\"" + "x".repeat(101) + "\"]")))
                        .fault("a huge board").refused(400, "topics[0].boards[0]"),
                post("/imports").json(PACK.formatted(PACK_TOPIC.replace("O_LEVEL", "PHD"))).fault("an unknown level")
                        .refused(400, "topics[0].levels[0]"),
                post("/imports?format=gift").json(PACK.formatted(PACK_TOPIC)).fault("a JSON body said to be GIFT").refused(415),
                post("/imports").body("application/yaml", "format: [unclosed").fault("malformed YAML").refused(400),
                post("/imports").body("application/yaml", "format: zip").fault("a YAML pack of another format")
                        .refused(400, "format", "formatVersion", "topics"),
                post("/imports").body("application/xml", "<quiz><question type=\"truefalse\">").fault("malformed Moodle XML")
                        .refused(400),
                post("/imports").body("application/xml", "<quiz>{padding}</quiz>").fault("a bank over the size limit")
                        .refused(413),
                post("/imports").body("text/plain", "::Q:: Lenin died in 1924 {T}").fault("text without a format").refused(415),
                post("/imports").body("image/png", "PNG").fault("an image").refused(415),
                post("/imports?format=docx").body("text/plain", "Lenin died in 1924.").fault("an unknown format").refused(400, "format"),
                post("/imports?level=PHD").body("application/x-gift", "::Q:: Lenin died in 1924 {T}").fault("an unknown level")
                        .refused(400, "level")));
    }

    /** The JSON object with {@code field} (e.g. {@code "key": "q1"}) added first. */
    private static String with(String json, String field) {
        return json.replaceFirst("\\{", Matcher.quoteReplacement("{" + field + ", "));
    }

    private static String bands(String levels) {
        return "{\"name\": \"Broken\", \"criteria\": [{\"key\": \"k\", \"name\": \"K\", \"maxMarks\": 10, \"levels\": [" + levels + "]}]}";
    }

    private static BadRequest teacher(String method, String path) {
        return BadRequest.to(method, path).as(TEACHER, "teacher");
    }

    private static BadRequest post(String path) {
        return teacher("POST", path);
    }

    private static BadRequest put(String path) {
        return teacher("PUT", path);
    }

    private static BadRequest delete(String path) {
        return teacher("DELETE", path);
    }

    @BeforeEach
    void writeTheFixtureOnce() {
        if (fixture != null) {
            return;
        }
        Map<String, String> values = new HashMap<>();
        String rubric = created("/rubrics", RUBRIC.formatted(RUBRIC_KEY));
        values.put("rubric", rubric);
        String topic = created("/topics", with(TOPIC, "\"key\": \"" + TOPIC_KEY + "\""));
        values.put("topic", topic);
        values.put("section", created("/topics/" + topic + "/sections", with(SECTION, "\"key\": \"notes\"")));
        values.put("question", created("/topics/" + topic + "/questions", with(QUESTION, "\"key\": \"q1\"")));
        values.put("essay", created("/topics/" + topic + "/essay-questions",
                ESSAY.replace("{rubric}", rubric).replace("{\"prompt\"", "{\"key\": \"essay\", \"prompt\"")));
        String other = created("/topics", TOPIC.replace("Bad input", "Another topic"));
        values.put("other-topic", other);
        values.put("other-section", created("/topics/" + other + "/sections", SECTION));
        values.put("other-question", created("/topics/" + other + "/questions", QUESTION));
        values.put("other-essay", created("/topics/" + other + "/essay-questions", ESSAY.replace("{rubric}", rubric)));
        String published = created("/topics", TOPIC.replace("Bad input", "Published"));
        created("/topics/" + published + "/questions", QUESTION);
        teacher().post("/topics/{id}/publish", published).then().statusCode(200);
        values.put("published", published);
        values.put("empty", created("/topics", TOPIC.replace("Bad input", "No questions yet")));
        values.put("unknown", UUID.randomUUID().toString());
        values.put("padding", BadRequest.paddingOver(bodyLimit.asLongValue()));
        fixture = Map.copyOf(values);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedWithAProblemAndChangesNothing(BadRequest request) {
        request.assertRefusedAndChangesNothing(fixture, () -> DatabaseSnapshot.of(dataSource));
    }

    /** The check the table rests on: a change that keeps every row count is still seen. */
    @Test
    void theSnapshotSeesAnEditedRow() {
        DatabaseSnapshot before = DatabaseSnapshot.of(dataSource);
        teacher().contentType(ContentType.JSON).body(TOPIC.replace("Bad input", "Renamed")).put("/topics/{id}", fixture.get("empty"))
                .then().statusCode(200);
        assertThatThrownBy(() -> DatabaseSnapshot.of(dataSource).assertUnchangedSince(before))
                .isInstanceOf(AssertionError.class).hasMessageContaining("topic: ");
    }

    private static String created(String path, String body) {
        return teacher().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification teacher() {
        return TestTokens.asTeacher(TEACHER);
    }
}
