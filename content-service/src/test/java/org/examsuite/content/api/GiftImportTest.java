package org.examsuite.content.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** GIFT question banks through POST /imports: every type and syntax feature, every malformed case. */
@QuarkusTest
class GiftImportTest {

    @BeforeEach
    void rubric() {
        Banks.ensureRubric();
    }

    @Test
    void everyTypeAndSyntaxFeatureMapsAndAReimportChangesNothing() {
        byte[] gift = Banks.file("gift-all-types.gift");
        Response report = Banks.post(gift, "application/x-gift", "level", "O_LEVEL", "board", "Cambridge", "rubricKey", Banks.RUBRIC_KEY);
        report.then().statusCode(200)
                .body("entries.key", equalTo(List.of("history.stalin-gift")))
                .body("entries[0].outcome", equalTo("CREATED"))
                .body("imported", equalTo(17))
                .body("skipped.size()", equalTo(0))
                .body("notes.note", hasItem(containsString("option 'Kamenev' gave 50% partial credit; imported as incorrect")))
                .body("notes.note", hasItem(containsString("answer '1923' (50%) skipped as a variant")))
                .body("notes.note", hasItem(containsString("1 extra wrong answer(s) dropped")));
        JsonPath pack = Banks.pack(Banks.topicId(report, "history.stalin-gift"));
        assertThat(pack.getString("topics[0].title")).isEqualTo("Stalin GIFT");
        assertThat(pack.getList("topics[0].levels")).containsExactly("O_LEVEL");
        assertThat(pack.getList("topics[0].boards")).containsExactly("Cambridge");
        assertThat(pack.getList("topics[0].questions.key")).containsExactly("general-secretary", "rivals", "partial", "trotsky-expelled",
                "short-false", "lenins-death", "leaders", "secretariat", "testament", "five-year-plan", "plan-end", "escapes", "plain-text",
                "was-the-nep-introduced-in-1921", "q-kulaks");
        assertThat(pack.getList("topics[0].questions.type")).containsExactly("SINGLE_CHOICE", "MULTIPLE_CHOICE", "SINGLE_CHOICE",
                "TRUE_FALSE", "TRUE_FALSE", "SHORT_ANSWER", "MATCHING", "CLOZE", "SINGLE_CHOICE", "SHORT_ANSWER", "SHORT_ANSWER",
                "SINGLE_CHOICE", "TRUE_FALSE", "TRUE_FALSE", "SINGLE_CHOICE");
        assertThat(pack.getList("topics[0].questions[0].options.feedback")).containsExactly(
                "This was Trotsky's post.", "Yes.", "Zinoviev chaired the Comintern.");
        assertThat(pack.getString("topics[0].questions[0].explanation")).isEqualTo("The Secretariat controlled appointments.");
        assertThat(pack.getList("topics[0].questions[1].options.correct")).containsExactly(true, true, false);
        assertThat(pack.getBoolean("topics[0].questions[3].answer")).isTrue();
        assertThat(pack.getString("topics[0].questions[3].explanation")).isEqualTo("Expelled in November 1927.");
        assertThat(pack.getBoolean("topics[0].questions[4].answer")).isFalse();
        assertThat(pack.getList("topics[0].questions[5].acceptedAnswers")).containsExactly("1924", "Jan 1924");
        assertThat(pack.getList("topics[0].questions[6].pairs.right")).containsExactly(
                "Commissar for War", "Chairman of the Comintern", "Leading theorist of the Right");
        assertThat(pack.getString("topics[0].questions[7].text")).isEqualTo("In 1922 Stalin became {{1}} of the party.");
        assertThat(pack.getList("topics[0].questions[7].gaps[0].acceptedAnswers")).containsExactly("General Secretary", "Gensek");
        assertThat(pack.getString("topics[0].questions[8].prompt")).isEqualTo("Lenin's _____ warned against Stalin.");
        assertThat(pack.getList("topics[0].questions[9].acceptedAnswers")).containsExactly("1928");
        assertThat(pack.getList("topics[0].questions[10].acceptedAnswers")).containsExactly("1932");
        assertThat(pack.getString("topics[0].questions[11].prompt"))
                .isEqualTo("Which <b>symbol</b> marks feedback in GIFT: # or ~ or = or {braces}?");
        assertThat(pack.getList("topics[0].questions[11].options.text")).containsExactly("#", "~", "=");
        assertThat(pack.getString("topics[0].questions[12].prompt")).isEqualTo("Line one of the question\nline two: is 2 < 3?");
        assertThat(pack.getString("topics[0].questions[13].prompt")).isEqualTo("Was the NEP introduced in *1921*?");
        assertThat(pack.getString("topics[0].essayQuestions[0].key")).isEqualTo("rise-essay");
        assertThat(pack.getString("topics[0].essayQuestions[0].commandWord")).isEqualTo("HOW_FAR");
        assertThat(pack.getString("topics[0].sections[0].keyPoints[0].heading")).isEqualTo("Bank notes");
        assertThat(pack.getString("topics[0].sections[0].keyPoints[0].text")).isEqualTo("Stalin's rise is covered 1924-29.");

        Banks.post(gift, "text/plain", "format", "gift", "level", "O_LEVEL", "board", "Cambridge", "rubricKey", Banks.RUBRIC_KEY)
                .then().statusCode(200).body("entries.outcome", everyItem(equalTo("UNCHANGED")));
    }

    @Test
    void rangesTolerancesAndAnswerlessQuestionsAreSkippedOnlyInAPartialImport() {
        byte[] gift = Banks.file("gift-unmappable.gift");
        Banks.post(gift, "application/x-gift", "level", "A_LEVEL").then().statusCode(400)
                .body("errors.field", equalTo(List.of("Range", "Tolerance", "No right answer", "Two pairs")))
                .body("errors[0].message", containsString("line 5"));
        assertThat(Banks.topicExists("history.unmappable-gift")).isFalse();
        Response partial = Banks.post(gift, "application/x-gift", "level", "A_LEVEL", "partial", "true");
        partial.then().statusCode(200)
                .body("imported", equalTo(2))
                .body("skipped.find { it.name == 'Range' }.reason", containsString("numerical range (1920..1929)"))
                .body("skipped.find { it.name == 'Tolerance' }.reason", containsString("1929 ± 1"))
                .body("skipped.find { it.name == 'No right answer' }.reason", containsString("no answer gives any credit"))
                .body("skipped.find { it.name == 'Two pairs' }.where", equalTo("line 11"));
        assertThat(Banks.pack(Banks.topicId(partial, "history.unmappable-gift")).getList("topics[0].questions.key"))
                .containsExactly("maps-fine", "maps-too");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "unclosed-brace.gift | line 2 | the answer block opened with { is not closed",
            "stray-closing-brace.gift | line 3 | } closes no answer block",
            "unclosed-title.gift | line 1 | the question title opened with :: is not closed",
            "nested-brace.gift | line 1 | { inside an answer block",
            "second-answer-block.gift | line 1 | a second answer block",
            "one-choice.gift | line 1 | needs at least two answers",
            "matching-without-arrow.gift | line 3 | needs -> between its two sides",
            "numerical-not-a-number.gift | line 3 | 'nineteen24' is not a number",
            "empty-category.gift | line 1 | $CATEGORY: needs a category path",
            "no-question-text.gift | line 1 | no text before its answers",
            "answer-without-marker.gift | line 1 | must start with = (right) or ~ (wrong)"})
    void aMalformedFileIsRefusedWithTheLineAtFault(String file, String line, String message) {
        Banks.post(Banks.file("malformed/" + file), "application/x-gift", "topicKey", "banks.malformed-gift", "subject", "History",
                "title", "Malformed", "level", "A_LEVEL", "partial", "true")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed question bank"))
                .body("errors[0].field", equalTo(line))
                .body("errors[0].message", containsString(message))
                .body("detail", containsString("nothing was imported"));
        assertThat(Banks.topicExists("banks.malformed-gift")).isFalse();
    }

    @Test
    void characterSetsBomAndWindowsLineEndingsAllParse() {
        String latin = "::Révolution::En quelle année la révolution d'Octobre a-t-elle eu lieu ? {=1917}\n";
        Response guessed = Banks.post(latin.getBytes(Charset.forName("windows-1252")), "application/x-gift", "topicKey", "banks.gift-latin",
                "subject", "History", "title", "GIFT Latin-1", "level", "A_LEVEL");
        guessed.then().statusCode(200).body("notes[0].note", containsString("read as windows-1252"));
        assertThat(Banks.pack(Banks.topicId(guessed, "banks.gift-latin")).getString("topics[0].questions[0].prompt"))
                .startsWith("En quelle année la révolution");
        Banks.post(latin.getBytes(StandardCharsets.ISO_8859_1), "text/plain; charset=ISO-8859-1", "format", "gift", "topicKey", "banks.gift-latin")
                .then().statusCode(200).body("entries[0].outcome", equalTo("UNCHANGED")).body("notes.size()", equalTo(0));
        Banks.post(latin.getBytes(StandardCharsets.UTF_16), "application/x-gift", "topicKey", "banks.gift-latin")
                .then().statusCode(200).body("entries[0].outcome", equalTo("UNCHANGED"));

        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] crlf = Banks.text("gift-all-types.gift").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] windows = new byte[bom.length + crlf.length];
        System.arraycopy(bom, 0, windows, 0, bom.length);
        System.arraycopy(crlf, 0, windows, bom.length, crlf.length);
        Response a = Banks.post(Banks.file("gift-all-types.gift"), "application/x-gift", "topicKey", "banks.gift-lf", "subject", "History",
                "title", "Line endings", "level", "A_LEVEL", "rubricKey", Banks.RUBRIC_KEY);
        Response b = Banks.post(windows, "application/x-gift", "topicKey", "banks.gift-crlf", "subject", "History",
                "title", "Line endings", "level", "A_LEVEL", "rubricKey", Banks.RUBRIC_KEY);
        a.then().statusCode(200);
        b.then().statusCode(200);
        String lf = Banks.teacher().get("/topics/{id}/export", Banks.topicId(a, "banks.gift-lf")).asString();
        String windowsExport = Banks.teacher().get("/topics/{id}/export", Banks.topicId(b, "banks.gift-crlf")).asString();
        assertThat(windowsExport.replace("banks.gift-crlf", "banks.gift-lf")).isEqualTo(lf);
    }
}
