package org.examsuite.content.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.stream.Stream;

import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.restassured.http.ContentType;

/** A teacher's whole flow through the authoring API; the rules it enforces are in {@link BadInputTest}. */
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

    @Test
    void readingAnUnknownTopicIsAProblem() {
        teacher().get("/topics/{id}", "6f1c1d1e-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Not found"));
        teacher().get("/topics/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    private static RequestSpecification teacher() {
        return TestTokens.asTeacher("teacher-1");
    }
}
