package org.examsuite.content.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.stream.Stream;

import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.restassured.http.ContentType;

/** A teacher's whole flow through the authoring API, and every rule it enforces. */
@QuarkusTest
class AuthoringTest {

    private static final String RUBRIC = """
            {"name": "Essay (20)", "criteria": [
              {"key": "knowledge", "name": "Knowledge", "maxMarks": 10, "levels": [
                {"level": 1, "descriptor": "Some", "minMark": 1, "maxMark": 5},
                {"level": 2, "descriptor": "Full", "minMark": 6, "maxMark": 10}]},
              {"key": "judgement", "name": "Judgement", "maxMarks": 10, "levels": [
                {"level": 1, "descriptor": "Asserted", "minMark": 0, "maxMark": 4},
                {"level": 2, "descriptor": "Weighed", "minMark": 5, "maxMark": 10}]}]}
            """;

    static Stream<Arguments> questionsOfEveryType() {
        return Stream.of(
                Arguments.of("SINGLE_CHOICE", """
                        {"type": "SINGLE_CHOICE", "prompt": "Who was General Secretary in 1922?", "explanation": "Appointed April 1922.",
                         "options": [{"key": "a", "text": "Stalin", "correct": true}, {"key": "b", "text": "Trotsky", "correct": false}]}"""),
                Arguments.of("MULTIPLE_CHOICE", """
                        {"type": "MULTIPLE_CHOICE", "prompt": "Who formed the triumvirate?",
                         "options": [{"key": "a", "text": "Stalin", "correct": true}, {"key": "b", "text": "Zinoviev", "correct": true},
                                     {"key": "c", "text": "Kamenev", "correct": true}, {"key": "d", "text": "Trotsky", "correct": false}]}"""),
                Arguments.of("TRUE_FALSE", """
                        {"type": "TRUE_FALSE", "prompt": "Lenin died in 1924.", "answer": true}"""),
                Arguments.of("SHORT_ANSWER", """
                        {"type": "SHORT_ANSWER", "prompt": "Which policy allowed small private trade?", "acceptedAnswers": ["NEP", "New Economic Policy"]}"""),
                Arguments.of("ORDERING", """
                        {"type": "ORDERING", "prompt": "Put in order", "itemsInOrder": [{"key": "a", "text": "Lenin dies"},
                         {"key": "b", "text": "Trotsky expelled from the party"}, {"key": "c", "text": "First Five-Year Plan"}]}"""),
                Arguments.of("MATCHING", """
                        {"type": "MATCHING", "prompt": "Match", "pairs": [{"key": "a", "left": "Trotsky", "right": "Red Army"},
                         {"key": "b", "left": "Bukharin", "right": "Right"}, {"key": "c", "left": "Yezhov", "right": "NKVD"}]}"""),
                Arguments.of("CLOZE", """
                        {"type": "CLOZE", "prompt": "Fill the gaps", "text": "Lenin died in {{1}}; Stalin was {{2}}.",
                         "gaps": [{"number": 1, "acceptedAnswers": ["1924"]}, {"number": 2, "acceptedAnswers": ["General Secretary"]}]}"""));
    }

    @Test
    void aTeacherWritesATopicWithEveryQuestionTypeAndPublishesIt() {
        String topicId = teacher().contentType(ContentType.JSON)
                .body("""
                        {"subject": "History", "chapter": "Totalitarianism", "code": "14.9", "title": "Authoring walk-through",
                         "levels": ["AS_LEVEL"], "boards": ["Cambridge"]}""")
                .post("/topics").then().statusCode(201).header("Location", notNullValue())
                .body("status", equalTo("DRAFT")).extract().path("id");
        String sectionId = teacher().contentType(ContentType.JSON)
                .body("{\"title\": \"Rise\", \"keyPoints\": [{\"heading\": \"Death of Lenin\", \"text\": \"January 1924.\"}]}")
                .post("/topics/{id}/sections", topicId).then().statusCode(201).body("position", equalTo(1)).extract().path("id");

        questionsOfEveryType().forEach(arguments -> {
            String body = ((String) arguments.get()[1]).replaceFirst("\\{", "{\"sectionId\": \"" + sectionId + "\", ");
            teacher().contentType(ContentType.JSON).body(body)
                    .post("/topics/{id}/questions", topicId)
                    .then().statusCode(201).body("type", equalTo(arguments.get()[0])).body("sectionId", equalTo(sectionId));
        });

        String rubricId = teacher().contentType(ContentType.JSON).body(RUBRIC)
                .post("/rubrics").then().statusCode(201).body("version", equalTo(1)).body("maxMarks", equalTo(20))
                .extract().path("id");
        teacher().contentType(ContentType.JSON)
                .body("""
                        {"prompt": "To what extent was Stalin's rise due to his position?", "commandWord": "TO_WHAT_EXTENT",
                         "marks": 20, "suggestedMinutes": 30, "rubricId": "%s",
                         "indicativeContent": [{"key": "gensec", "title": "General Secretary", "evidenceTerms": ["General Secretary", "1922"], "minimumMatches": 1}]}
                        """.formatted(rubricId))
                .post("/topics/{id}/essay-questions", topicId).then().statusCode(201).body("rubricVersion", equalTo(1));

        teacher().post("/topics/{id}/publish", topicId).then().statusCode(200)
                .body("version", equalTo(1))
                .body("questions.type", containsInAnyOrder("SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "SHORT_ANSWER",
                        "ORDERING", "MATCHING", "CLOZE"))
                .body("essayQuestions[0].rubric.criteria.key", contains("knowledge", "judgement"))
                .body("sections[0].id", equalTo(sectionId));

        teacher().contentType(ContentType.JSON).body("{\"title\": \"Rise to power\", \"keyPoints\": []}")
                .put("/topics/{id}/sections/{sid}", topicId, sectionId).then().statusCode(200);
        teacher().get("/topics/{id}", topicId).then().body("unpublishedChanges", equalTo(true)).body("publishedVersion", equalTo(1));
        teacher().get("/topics/{id}/versions/1", topicId).then().statusCode(200).body("sections[0].title", equalTo("Rise"));
        teacher().post("/topics/{id}/publish", topicId).then().statusCode(200).body("version", equalTo(2))
                .body("sections[0].title", equalTo("Rise to power"));
        teacher().delete("/topics/{id}", topicId).then().statusCode(409).contentType("application/problem+json");
    }

    static Stream<Arguments> questionsBreakingARule() {
        return Stream.of(
                Arguments.of("single choice with two correct options", """
                        {"type": "SINGLE_CHOICE", "prompt": "p", "options": [{"key": "a", "text": "x", "correct": true}, {"key": "b", "text": "y", "correct": true}]}""",
                        "options"),
                Arguments.of("multiple choice with one correct option", """
                        {"type": "MULTIPLE_CHOICE", "prompt": "p", "options": [{"key": "a", "text": "x", "correct": true}, {"key": "b", "text": "y", "correct": false}]}""",
                        "options"),
                Arguments.of("true/false without an answer", """
                        {"type": "TRUE_FALSE", "prompt": "p"}""", "answer"),
                Arguments.of("short answer without answers", """
                        {"type": "SHORT_ANSWER", "prompt": "p", "acceptedAnswers": []}""", "acceptedAnswers"),
                Arguments.of("ordering of two items", """
                        {"type": "ORDERING", "prompt": "p", "itemsInOrder": [{"key": "a", "text": "x"}, {"key": "b", "text": "y"}]}""",
                        "itemsInOrder"),
                Arguments.of("matching with a repeated left side", """
                        {"type": "MATCHING", "prompt": "p", "pairs": [{"key": "a", "left": "x", "right": "1"}, {"key": "b", "left": "x", "right": "2"},
                         {"key": "c", "left": "z", "right": "3"}]}""", "pairs"),
                Arguments.of("cloze whose text lacks a gap", """
                        {"type": "CLOZE", "prompt": "p", "text": "Only {{1}}.", "gaps": [{"number": 1, "acceptedAnswers": ["a"]}, {"number": 2, "acceptedAnswers": ["b"]}]}""",
                        "text"),
                Arguments.of("no prompt", """
                        {"type": "TRUE_FALSE", "answer": true}""", "prompt"),
                Arguments.of("an unknown type", """
                        {"type": "ESSAY", "prompt": "p"}""", "type"),
                Arguments.of("a huge prompt", "{\"type\": \"TRUE_FALSE\", \"answer\": true, \"prompt\": \"" + "x".repeat(2001) + "\"}", "prompt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questionsBreakingARule")
    void aQuestionBreakingARuleIsRefusedNamingTheField(String rule, String body, String field) {
        String topicId = teacher().contentType(ContentType.JSON)
                .body("{\"subject\": \"History\", \"title\": \"Rules\", \"levels\": [\"O_LEVEL\"], \"boards\": []}")
                .post("/topics").then().statusCode(201).extract().path("id");
        teacher().contentType(ContentType.JSON).body(body)
                .post("/topics/{id}/questions", topicId)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
        teacher().get("/topics/{id}/questions", topicId).then().statusCode(200).body("size()", equalTo(0));
    }

    static Stream<Arguments> rubricsBreakingARule() {
        return Stream.of(
                Arguments.of("a gap between bands", "[{\"level\": 1, \"descriptor\": \"a\", \"minMark\": 1, \"maxMark\": 3}, {\"level\": 2, \"descriptor\": \"b\", \"minMark\": 5, \"maxMark\": 10}]"),
                Arguments.of("overlapping bands", "[{\"level\": 1, \"descriptor\": \"a\", \"minMark\": 1, \"maxMark\": 6}, {\"level\": 2, \"descriptor\": \"b\", \"minMark\": 5, \"maxMark\": 10}]"),
                Arguments.of("a top band short of the maximum", "[{\"level\": 1, \"descriptor\": \"a\", \"minMark\": 1, \"maxMark\": 5}, {\"level\": 2, \"descriptor\": \"b\", \"minMark\": 6, \"maxMark\": 9}]"),
                Arguments.of("levels out of order", "[{\"level\": 2, \"descriptor\": \"a\", \"minMark\": 1, \"maxMark\": 5}, {\"level\": 1, \"descriptor\": \"b\", \"minMark\": 6, \"maxMark\": 10}]"),
                Arguments.of("a band upside down", "[{\"level\": 1, \"descriptor\": \"a\", \"minMark\": 5, \"maxMark\": 1}, {\"level\": 2, \"descriptor\": \"b\", \"minMark\": 6, \"maxMark\": 10}]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rubricsBreakingARule")
    void aRubricWhoseBandsAMarkerCouldNotUseIsRefused(String rule, String levels) {
        long before = teacher().get("/rubrics").then().extract().jsonPath().getLong("total");
        teacher().contentType(ContentType.JSON)
                .body("{\"name\": \"Broken\", \"criteria\": [{\"key\": \"k\", \"name\": \"K\", \"maxMarks\": 10, \"levels\": " + levels + "}]}")
                .post("/rubrics")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("criteria[0].levels"));
        teacher().get("/rubrics").then().body("total", equalTo((int) before));
    }

    @Test
    void anEssayQuestionWorthOtherMarksThanItsRubricIsRefused() {
        String topicId = teacher().contentType(ContentType.JSON)
                .body("{\"subject\": \"History\", \"title\": \"Marks\", \"levels\": [\"O_LEVEL\"], \"boards\": []}")
                .post("/topics").then().statusCode(201).extract().path("id");
        String rubricId = teacher().contentType(ContentType.JSON).body(RUBRIC).post("/rubrics").then().statusCode(201).extract().path("id");
        teacher().contentType(ContentType.JSON)
                .body("{\"prompt\": \"Assess.\", \"commandWord\": \"ASSESS\", \"marks\": 25, \"suggestedMinutes\": 30, \"rubricId\": \"%s\", \"indicativeContent\": []}"
                        .formatted(rubricId))
                .post("/topics/{id}/essay-questions", topicId)
                .then().statusCode(400).body("errors.field", contains("marks"));
        teacher().delete("/rubrics/{id}", rubricId).then().statusCode(204);
    }

    @Test
    void unknownIdsMalformedBodiesAndWrongMediaTypesAreProblems() {
        teacher().get("/topics/{id}", "6f1c1d1e-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Not found"));
        teacher().get("/topics/not-a-uuid").then().statusCode(404);
        teacher().contentType(ContentType.JSON).body("{\"subject\": ").post("/topics")
                .then().statusCode(400).contentType("application/problem+json");
        teacher().contentType(ContentType.JSON).body("{\"subject\": \"History\", \"title\": \"T\", \"levels\": [\"PHD\"], \"boards\": []}")
                .post("/topics").then().statusCode(400).body("errors.field", hasItem("levels[0]"));
        teacher().contentType(ContentType.TEXT).body("subject=History").post("/topics").then().statusCode(415)
                .contentType("application/problem+json");
        teacher().contentType(ContentType.JSON).post("/topics").then().statusCode(400).contentType("application/problem+json");
        teacher().post("/topics/{id}/publish", "6f1c1d1e-0000-4000-8000-000000000000").then().statusCode(404);
        String empty = teacher().contentType(ContentType.JSON)
                .body("{\"subject\": \"History\", \"title\": \"Empty\", \"levels\": [\"O_LEVEL\"], \"boards\": []}")
                .post("/topics").then().statusCode(201).extract().path("id");
        teacher().post("/topics/{id}/publish", empty).then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422));
    }

    private static RequestSpecification teacher() {
        return TestTokens.asTeacher("teacher-1");
    }
}
