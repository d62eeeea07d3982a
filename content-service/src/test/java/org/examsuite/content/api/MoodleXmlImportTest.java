package org.examsuite.content.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Moodle XML question banks through POST /imports: every type, every refusal, the attacks. */
@QuarkusTest
class MoodleXmlImportTest {

    @BeforeEach
    void rubric() {
        Banks.ensureRubric();
    }

    @Test
    void everyTypeMapsIntoATopicPerCategoryAndAReimportChangesNothing() {
        byte[] xml = Banks.file("moodle-all-types.xml");
        Response report = Banks.post(xml, "application/xml", "level", "A_LEVEL", "board", "AQA", "rubricKey", Banks.RUBRIC_KEY);
        report.then().statusCode(200)
                .body("entries.key", hasItems("history.stalins-rise", "history.moodle-transformation"))
                .body("entries.outcome", everyItemIs("CREATED"))
                .body("imported", equalTo(13))
                .body("skipped.size()", equalTo(0))
                .body("notes.note", hasItem(containsString("uneven fractions (60%, 40%)")))
                .body("notes.note", hasItem(containsString("answer '1923' (50%) skipped as a variant")))
                .body("notes.note", hasItem(containsString("gap 2: a multiple-choice gap becomes a text gap")))
                .body("filesNotStored.file", hasItems("kolkhoz.png", "inline image 1 (data URI)"))
                .body("filesNotStored.find { it.file == 'kolkhoz.png' }.bytes", equalTo(70));

        JsonPath rise = Banks.pack(Banks.topicId(report, "history.stalins-rise"));
        assertThat(rise.getString("topics[0].subject")).isEqualTo("History");
        assertThat(rise.getString("topics[0].title")).isEqualTo("Stalin's rise");
        assertThat(rise.getList("topics[0].questions.key")).containsExactly(
                "gensec", "rivals", "uneven", "trotsky-expelled", "lenins-death", "leaders", "testament", "five-year-plan", "purges-in-order");
        assertThat(rise.getList("topics[0].questions.type")).containsExactly(
                "SINGLE_CHOICE", "MULTIPLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "SHORT_ANSWER", "MATCHING", "CLOZE", "SHORT_ANSWER", "ORDERING");
        Map<String, Object> gensec = rise.getMap("topics[0].questions[0]");
        assertThat(gensec.get("prompt")).isEqualTo("Which post, held by Stalin from 1922, gave him control over party appointments?");
        assertThat(gensec.get("explanation")).isEqualTo("The Secretariat controlled appointments.");
        assertThat(rise.getList("topics[0].questions[0].options.text")).containsExactly(
                "People's Commissar for War", "General Secretary of the Communist Party", "Chairman of the Comintern");
        assertThat(rise.getList("topics[0].questions[0].options.correct")).containsExactly(false, true, false);
        assertThat(rise.getList("topics[0].questions[0].options.feedback")).containsExactly(
                "This was Trotsky\u2019s post.", null, "Zinoviev chaired the Comintern.");
        // HTML kept as basic formatting, the event handler gone.
        assertThat(rise.getString("topics[0].questions[1].prompt"))
                .isEqualTo("<p>Which of these were Stalin's <b>rivals</b> for the leadership, 1924-29?</p>");
        assertThat(rise.getList("topics[0].questions[1].options.correct")).containsExactly(true, true, false);
        assertThat(rise.getBoolean("topics[0].questions[3].answer")).isTrue();
        assertThat(rise.getList("topics[0].questions[4].acceptedAnswers")).containsExactly("1924", "Jan 1924");
        assertThat(rise.getBoolean("topics[0].questions[4].caseSensitive")).isTrue();
        assertThat(rise.getList("topics[0].questions[5].pairs.left")).containsExactly("Leon Trotsky", "Grigory Zinoviev", "Nikolai Bukharin");
        assertThat(rise.getString("topics[0].questions[6].text"))
                .isEqualTo("In 1922 Stalin became {{1}} of the party; Lenin's {{2}} warned against him; he died in {{3}}.");
        assertThat(rise.getList("topics[0].questions[6].gaps.acceptedAnswers")).containsExactly(
                List.of("General Secretary", "Gensek"), List.of("Testament"), List.of("1924"));
        assertThat(rise.getList("topics[0].questions[7].acceptedAnswers")).containsExactly("1928");
        assertThat(rise.getList("topics[0].questions[8].itemsInOrder.text")).containsExactly(
                "Kirov is assassinated.", "Zinoviev and Kamenev are tried and shot.", "Beria replaces Yezhov as head of the NKVD.");
        assertThat(rise.getString("topics[0].essayQuestions[0].key")).isEqualTo("rise-essay");
        assertThat(rise.getString("topics[0].essayQuestions[0].commandWord")).isEqualTo("HOW_FAR");
        assertThat(rise.getInt("topics[0].essayQuestions[0].marks")).isEqualTo(20);
        assertThat(rise.getString("topics[0].essayQuestions[0].guidance")).isEqualTo(
                "Weigh the rivals' errors against the Secretariat.\n\nResponse template:\nIntroduction, three factors, conclusion.");
        assertThat(rise.getString("topics[0].sections[0].key")).isEqualTo("bank-notes");
        assertThat(rise.getString("topics[0].sections[0].title")).isEqualTo("Stalin's rise");
        assertThat(rise.getString("topics[0].sections[0].keyPoints[0].heading")).isEqualTo("About these questions");
        assertThat(rise.getString("topics[0].sections[0].keyPoints[0].text")).isEqualTo("<p>These questions cover <strong>1924-29</strong>.</p>");

        JsonPath transformation = Banks.pack(Banks.topicId(report, "history.moodle-transformation"));
        assertThat(transformation.getList("topics[0].questions.key")).containsExactly("collectivisation", "collectivisation-2");
        assertThat(transformation.getString("topics[0].questions[0].prompt")).doesNotContain("img").doesNotContain("base64");
        assertThat(transformation.getString("topics[0].questions[1].prompt"))
                .isEqualTo("Which class did Stalin set out to \"liquidate\" in 1929 & 1930?");

        Banks.post(xml, "text/xml", "level", "A_LEVEL", "board", "AQA", "rubricKey", Banks.RUBRIC_KEY).then().statusCode(200)
                .body("entries.outcome", everyItemIs("UNCHANGED"));
    }

    @Test
    void scriptsAndEventHandlersAreDroppedFromEveryText() {
        String xml = """
                <?xml version="1.0"?>
                <quiz>
                  <question type="multichoice">
                    <name><text>Hostile</text></name>
                    <questiontext format="html"><text><![CDATA[<p>Who <a href="javascript:alert(1)" onmouseover="x()">led</a> <iframe src="https://evil.example"></iframe><style>p{}</style><i>after</i> Lenin?</p>]]></text></questiontext>
                    <generalfeedback format="html"><text><![CDATA[<img src=x onerror=alert(1)>Stalin, from 1924.]]></text></generalfeedback>
                    <answer fraction="100"><text><![CDATA[<b onclick="y()">Stalin</b>]]></text><feedback><text><![CDATA[<script>z()</script>Yes]]></text></feedback></answer>
                    <answer fraction="0"><text>Trotsky</text></answer>
                  </question>
                </quiz>
                """;
        Response report = Banks.post(xml.getBytes(StandardCharsets.UTF_8), "application/xml", "topicKey", "banks.hostile",
                "subject", "History", "title", "Hostile HTML", "level", "O_LEVEL");
        report.then().statusCode(200);
        JsonPath pack = Banks.pack(Banks.topicId(report, "banks.hostile"));
        assertThat(pack.getString("topics[0].questions[0].prompt")).isEqualTo("<p>Who <a rel=\"nofollow\">led</a> <i>after</i> Lenin?</p>");
        assertThat(pack.getString("topics[0].questions[0].explanation")).isEqualTo("Stalin, from 1924.");
        assertThat(pack.getString("topics[0].questions[0].options[0].text")).isEqualTo("<b>Stalin</b>");
        assertThat(pack.getString("topics[0].questions[0].options[0].feedback")).isEqualTo("Yes");
    }

    @Test
    void essaysNeedARubricKeyAndOtherwiseRefuseTheImportOrAreSkipped() {
        byte[] xml = Banks.file("moodle-all-types.xml");
        Banks.post(xml, "application/xml", "topicKey", "banks.no-rubric", "subject", "History", "title", "No rubric", "level", "A_LEVEL")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Questions cannot be imported"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("Rise essay"))
                .body("errors[0].message", containsString("rubricKey"));
        assertThat(Banks.topicExists("banks.no-rubric")).isFalse();

        Banks.post(xml, "application/xml", "topicKey", "banks.no-rubric", "subject", "History", "title", "No rubric", "level", "A_LEVEL",
                "partial", "true").then().statusCode(200)
                .body("imported", equalTo(12))
                .body("skipped.name", equalTo(List.of("Rise essay")))
                .body("skipped[0].type", equalTo("essay"))
                .body("skipped[0].where", equalTo("/quiz/question[9]"));
        Banks.post(xml, "application/xml", "topicKey", "banks.no-rubric", "rubricKey", "no-such-rubric")
                .then().statusCode(400).body("errors[0].field", equalTo("rubricKey"));
    }

    @Test
    void unmappableQuestionsRefuseTheWholeImportUnlessPartial() {
        byte[] xml = Banks.file("moodle-unmappable.xml");
        Response refused = Banks.post(xml, "application/xml", "level", "AS_LEVEL");
        refused.then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nothing was"))
                .body("errors.field", equalTo(List.of("Calculated", "Calculated simple", "Calculated multi", "Drag words", "Drag onto image",
                        "Markers", "Select words", "Tolerance", "Random matching", "Random", "Two right", "Multi-response gap", "Two pairs", "Plugin")));
        assertThat(Banks.topicExists("history.unmappable-moodle")).isFalse();

        Response partial = Banks.post(xml, "application/xml", "level", "AS_LEVEL", "partial", "true");
        partial.then().statusCode(200)
                .body("imported", equalTo(2))
                .body("skipped.size()", equalTo(14))
                .body("skipped.find { it.name == 'Calculated' }.reason", containsString("no calculated type"))
                .body("skipped.find { it.name == 'Drag words' }.reason", containsString("drag-and-drop"))
                .body("skipped.find { it.name == 'Tolerance' }.reason", containsString("5 ± 2"))
                .body("skipped.find { it.name == 'Random matching' }.type", equalTo("randomsamatch"))
                .body("skipped.find { it.name == 'Two right' }.reason", containsString("2 answers each give full credit"))
                .body("skipped.find { it.name == 'Multi-response gap' }.reason", containsString("MULTIRESPONSE"))
                .body("skipped.find { it.name == 'Two pairs' }.reason", containsString("needs at least three pairs"))
                .body("skipped.find { it.name == 'Plugin' }.reason", containsString("wordselect is not supported"));
        JsonPath pack = Banks.pack(Banks.topicId(partial, "history.unmappable-moodle"));
        assertThat(pack.getList("topics[0].questions.key")).containsExactly("maps-fine", "maps-too");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "not-well-formed.xml | /quiz/question[1]/answer[1]/text[1] (line 6, column 40) | must be terminated by the matching end-tag",
            "wrong-root.xml | /questions | the root element must be <quiz>",
            "no-type.xml | /quiz/question[1] | needs a type attribute",
            "no-name.xml | /quiz/question[1]/name | a question needs a name",
            "bad-fraction.xml | /quiz/question[1]/answer[2]/@fraction | 'a lot' is not a number",
            "bad-single.xml | /quiz/question[1]/single | must be true or false",
            "truefalse-without-answer.xml | /quiz/question[1] | needs an answer with fraction 100",
            "empty-category.xml | /quiz/question[1]/category | a category question needs",
            "cloze-unclosed.xml | /quiz/question[1]/questiontext/text | is not closed with }",
            "cloze-without-gaps.xml | /quiz/question[1]/questiontext/text | at least one embedded answer",
            "not-xml.xml | / (line 1, column 1) | not well-formed XML",
            "empty.xml | / (line 1, column 1) | not well-formed XML",
            "undeclared-entity.xml | /quiz/question[1]/questiontext[1]/text[1] (line 5, column 45) | \"nbsp\" was referenced, but not declared"})
    void aMalformedFileIsRefusedNamingTheElementPath(String file, String path, String message) {
        Banks.post(Banks.file("malformed/" + file), "application/xml", "topicKey", "banks.malformed", "subject", "History",
                "title", "Malformed", "level", "A_LEVEL")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed question bank"))
                .body("errors[0].field", equalTo(path))
                .body("errors[0].message", containsString(message))
                .body("detail", containsString("nothing was imported"));
        assertThat(Banks.topicExists("banks.malformed")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"xxe.xml, history.xxe", "xxe-parameter-entity.xml, history.xxe2", "billion-laughs.xml, history.laughs"})
    void externalEntitiesAndEntityExpansionAreRefused(String file, String wouldBeTopic) {
        long started = System.nanoTime();
        Banks.post(Banks.file("malformed/" + file), "application/xml", "level", "A_LEVEL", "partial", "true")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("/"))
                .body("errors[0].message", startsWith("a DTD (<!DOCTYPE …>) is not allowed"))
                .body("detail", containsString("nothing was imported"));
        assertThat(System.nanoTime() - started).as("refused before any expansion").isLessThan(10_000_000_000L);
        assertThat(Banks.topicExists(wouldBeTopic)).isFalse();
    }

    @Test
    void characterSetsBomAndWindowsLineEndingsAllParse() {
        String latin = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <quiz>
                  <question type="shortanswer">
                    <name><text>Révolution</text></name>
                    <questiontext format="html"><text>En quelle année la révolution d'Octobre a-t-elle eu lieu ? Réponse en chiffres.</text></questiontext>
                    <answer fraction="100"><text>1917</text></answer>
                  </question>
                </quiz>
                """;
        Response report = Banks.post(latin.getBytes(StandardCharsets.ISO_8859_1), "application/xml", "topicKey", "banks.latin",
                "subject", "History", "title", "Latin-1", "level", "A_LEVEL");
        report.then().statusCode(200);
        JsonPath pack = Banks.pack(Banks.topicId(report, "banks.latin"));
        assertThat(pack.getString("topics[0].questions[0].key")).isEqualTo("revolution");
        assertThat(pack.getString("topics[0].questions[0].prompt")).startsWith("En quelle année la révolution d'Octobre");

        byte[] utf16 = latin.replace("ISO-8859-1", "UTF-16").getBytes(StandardCharsets.UTF_16);
        Banks.post(utf16, "application/xml", "topicKey", "banks.latin").then().statusCode(200)
                .body("entries[0].outcome", equalTo("UNCHANGED"));

        String crlf = Banks.text("moodle-all-types.xml").replace("\n", "\r\n");
        byte[] bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = concat(bom, crlf.getBytes(StandardCharsets.UTF_8));
        Response plain = Banks.post(Banks.file("moodle-all-types.xml"), "application/xml", "topicKey", "banks.crlf-a",
                "subject", "History", "title", "Line endings", "level", "A_LEVEL", "rubricKey", Banks.RUBRIC_KEY);
        Response windows = Banks.post(withBom, "application/xml", "topicKey", "banks.crlf-b",
                "subject", "History", "title", "Line endings", "level", "A_LEVEL", "rubricKey", Banks.RUBRIC_KEY);
        plain.then().statusCode(200);
        windows.then().statusCode(200);
        String a = Banks.teacher().get("/topics/{id}/export?format=pack", Banks.topicId(plain, "banks.crlf-a")).asString();
        String b = Banks.teacher().get("/topics/{id}/export?format=pack", Banks.topicId(windows, "banks.crlf-b")).asString();
        assertThat(b.replace("banks.crlf-b", "banks.crlf-a")).isEqualTo(a);
    }

    @Test
    void theFormatComesFromTheContentTypeOrTheFormatParameter() {
        byte[] xml = Banks.file("moodle-unmappable.xml");
        Banks.post(xml, "application/octet-stream", "level", "A_LEVEL").then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("?format="));
        Banks.post(xml, "text/plain", "level", "A_LEVEL").then().statusCode(415);
        Banks.post(xml, "application/octet-stream", "format", "moodle-xml", "level", "A_LEVEL", "partial", "true",
                "topicKey", "banks.by-parameter", "subject", "History", "title", "By parameter").then().statusCode(200)
                .body("imported", equalTo(2));
        Banks.post(xml, "application/xml", "format", "word", "level", "A_LEVEL").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        Banks.post("{}".getBytes(StandardCharsets.UTF_8), "application/json", "format", "gift").then().statusCode(415);
        Banks.post("""
                {"format": "examsuite-content-pack", "formatVersion": 1, "topics": [{"key": "banks.pack-as-bytes",
                 "subject": "History", "title": "Pack", "levels": ["O_LEVEL"], "boards": []}]}
                """.getBytes(StandardCharsets.UTF_8), "application/octet-stream", "format", "pack")
                .then().statusCode(200).body("entries[0].outcome", equalTo("CREATED")).body("skipped", equalTo(null));
        String needsLevel = """
                <?xml version="1.0"?>
                <quiz>
                  <question type="category"><category><text>$course$/top/History/Needs a level</text></category></question>
                  <question type="truefalse"><name><text>TF</text></name><questiontext><text>Lenin died in 1924.</text></questiontext>
                    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
                </quiz>
                """;
        Banks.post(needsLevel.getBytes(StandardCharsets.UTF_8), "application/xml").then().statusCode(400)
                .body("errors[0].field", equalTo("level"))
                .body("errors[0].message", containsString("history.needs-a-level"));
    }

    @Test
    void onlyTeachersImport() {
        org.examsuite.testsupport.TestTokens.asStudent("student-1").contentType("application/xml")
                .body(Banks.file("moodle-unmappable.xml")).post("/imports").then().statusCode(403);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
