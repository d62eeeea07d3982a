package org.examsuite.content.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Export as Moodle XML and GIFT, the round trips through the importer, a large bank and the limits. */
@QuarkusTest
class BankRoundTripTest {

    @BeforeEach
    void rubric() {
        Banks.ensureRubric();
    }

    @Test
    void moodleXmlExportImportExportIsIdentical() {
        String topicId = Banks.topicId(Banks.post(Banks.file("moodle-all-types.xml"), "application/xml", "topicKey", "rt.moodle",
                "subject", "History", "title", "Round trip", "level", "A_LEVEL", "rubricKey", Banks.RUBRIC_KEY), "rt.moodle");
        Response exported = Banks.teacher().get("/topics/{id}/export?format=moodle-xml", topicId);
        exported.then().statusCode(200).contentType(containsString("application/xml"))
                .header("X-Skipped-Questions", equalTo("purges-in-order"));
        String first = exported.asString();
        assertThat(first).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>")
                .contains("<text>$course$/top/History/Round trip</text>", "<idnumber>rt.moodle</idnumber>",
                        "<question type=\"multichoice\">", "<idnumber>gensec</idnumber>", "<single>false</single>",
                        "<question type=\"cloze\">", "{1:SHORTANSWER:=General Secretary~=Gensek}", "<question type=\"essay\">",
                        "<question type=\"description\">", "<question type=\"matching\">", "<usecase>1</usecase>",
                        "<![CDATA[<p>Which of these were Stalin's <b>rivals</b>", "an ordering question; Moodle has no standard ordering type");

        Banks.post(first.getBytes(StandardCharsets.UTF_8), "application/xml", "topicKey", "rt.moodle", "rubricKey", Banks.RUBRIC_KEY)
                .then().statusCode(200).body("entries.outcome", everyItem(equalTo("UNCHANGED")));
        String second = Banks.teacher().get("/topics/{id}/export?format=moodle-xml", topicId).asString();
        assertThat(second).isEqualTo(first);

        Response copy = Banks.post(first.getBytes(StandardCharsets.UTF_8), "application/xml", "topicKey", "rt.moodle-copy",
                "subject", "History", "title", "Round trip", "level", "A_LEVEL", "rubricKey", Banks.RUBRIC_KEY);
        copy.then().statusCode(200).body("entries[0].outcome", equalTo("CREATED")).body("notes.size()", equalTo(0));
        String third = Banks.teacher().get("/topics/{id}/export?format=moodle-xml", Banks.topicId(copy, "rt.moodle-copy")).asString();
        assertThat(third.replace("rt.moodle-copy", "rt.moodle"))
                .as("the copy has all but the ordering question, which Moodle XML does not carry")
                .isEqualTo(first.replaceAll("<!-- purges-in-order: [^\\n]*-->\n\n", ""));

        Banks.teacher().get("/topics/{id}/export?format=gift", topicId).then().statusCode(200)
                .header("X-Skipped-Questions", equalTo("testament,purges-in-order"));
    }

    @Test
    void giftExportImportExportIsIdentical() {
        String topicId = Banks.topicId(Banks.post(Banks.file("gift-all-types.gift"), "application/x-gift", "topicKey", "rt.gift",
                "subject", "History", "title", "GIFT round trip", "level", "AS_LEVEL", "rubricKey", Banks.RUBRIC_KEY), "rt.gift");
        Response exported = Banks.teacher().get("/topics/{id}/export?format=gift", topicId);
        exported.then().statusCode(200).contentType(containsString("text/plain"));
        assertThat(exported.getHeader("X-Skipped-Questions")).isNull();
        String first = exported.asString();
        assertThat(first).contains("// [id:rt.gift]\n$CATEGORY: $course$/top/History/GIFT round trip\n",
                "::general-secretary::Which post, held by Stalin from 1922, gave him control over appointments?{\n",
                "\t~People's Commissar for War#This was Trotsky's post.\n", "\t####The Secretariat controlled appointments.\n",
                "\t~%50%Leon Trotsky\n", "\t~%-100%Vyacheslav Molotov#Molotov was a loyal ally.\n",
                "{TRUE####Expelled in November 1927.}", "::secretariat::In 1922 Stalin became {=General Secretary =Gensek} of the party.",
                "::escapes::[html]Which <b>symbol</b> marks feedback in GIFT\\: \\# or \\~ or \\= or \\{braces\\}?{",
                "::plain-text::Line one of the question\\nline two\\: is 2 < 3?{TRUE}", "::rise-essay::", "::Bank notes::");

        Banks.post(first.getBytes(StandardCharsets.UTF_8), "application/x-gift", "topicKey", "rt.gift", "rubricKey", Banks.RUBRIC_KEY)
                .then().statusCode(200).body("entries.outcome", everyItem(equalTo("UNCHANGED")));
        assertThat(Banks.teacher().get("/topics/{id}/export?format=gift", topicId).asString()).isEqualTo(first);

        Response copy = Banks.post(first.getBytes(StandardCharsets.UTF_8), "application/x-gift", "topicKey", "rt.gift-copy",
                "subject", "History", "title", "GIFT round trip", "level", "AS_LEVEL", "rubricKey", Banks.RUBRIC_KEY);
        copy.then().statusCode(200).body("notes.size()", equalTo(0));
        String third = Banks.teacher().get("/topics/{id}/export?format=gift", Banks.topicId(copy, "rt.gift-copy")).asString();
        assertThat(third.replace("rt.gift-copy", "rt.gift")).isEqualTo(first);
    }

    @Test
    void theDemoTopicGoesOutAndComesBackUnchangedInBothFormats() throws IOException {
        String pack = demoPack().replace("history.stalins-russia-1924-41", "banks.demo").replace("history-essay-30", "banks-demo-essay-30");
        String topicId = Banks.teacher().contentType("application/json").body(pack).post("/imports").then().statusCode(200)
                .extract().path("entries.find { it.kind == 'TOPIC' }.id");
        String before = Banks.teacher().get("/topics/{id}/export", topicId).asString();
        for (String format : new String[] {"moodle-xml", "gift"}) {
            Response exported = Banks.teacher().get("/topics/{id}/export?format=" + format, topicId);
            exported.then().statusCode(200);
            Banks.post(exported.asByteArray(), format.equals("gift") ? "application/x-gift" : "application/xml", "topicKey", "banks.demo",
                    "rubricKey", "banks-demo-essay-30")
                    .then().statusCode(200).body("skipped.size()", equalTo(0)).body("entries[0].outcome", equalTo("UNCHANGED"));
        }
        assertThat(Banks.teacher().get("/topics/{id}/export", topicId).asString()).isEqualTo(before);
    }

    @Test
    void aRealisticBankOfSeveralHundredQuestionsImportsInSeconds() {
        byte[] xml = largeMoodleBank(360).getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        Banks.post(xml, "application/xml", "level", "A_LEVEL", "board", "AQA").then().statusCode(200)
                .body("imported", equalTo(360)).body("entries.size()", equalTo(4));
        long firstMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        Banks.post(xml, "application/xml", "level", "A_LEVEL", "board", "AQA").then().statusCode(200)
                .body("entries.outcome", everyItem(equalTo("UNCHANGED")));
        long againMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Question bank import: %d questions (%d KiB of Moodle XML) in %d ms; the same file again (unchanged) in %d ms%n",
                360, xml.length / 1024, firstMillis, againMillis);

        byte[] gift = largeGiftBank(300).getBytes(StandardCharsets.UTF_8);
        started = System.nanoTime();
        Banks.post(gift, "application/x-gift", "level", "A_LEVEL").then().statusCode(200).body("imported", equalTo(300));
        System.out.printf("Question bank import: %d questions (%d KiB of GIFT) in %d ms%n", 300, gift.length / 1024,
                (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void aFileWithMoreQuestionsThanTheLimitIsRefused() {
        StringBuilder gift = new StringBuilder("$CATEGORY: $course$/top/History/Too many\n\n");
        for (int i = 0; i < 2001; i++) {
            gift.append("::q").append(i).append("::Statement ").append(i).append(" is true.{T}\n\n");
        }
        Banks.post(gift.toString().getBytes(StandardCharsets.UTF_8), "application/x-gift", "level", "A_LEVEL").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("more than 2000 questions"));
        Banks.post(largeMoodleBank(2001).getBytes(StandardCharsets.UTF_8), "application/xml", "level", "A_LEVEL").then().statusCode(413)
                .contentType("application/problem+json");
        assertThat(Banks.topicExists("history.too-many")).isFalse();
    }

    /** A bank like a school's: four categories, every mappable type, HTML text, feedback. */
    static String largeMoodleBank(int questions) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        String[] categories = {"Russia 1917-24", "Stalin's rise", "Collectivisation", "The Terror"};
        int perCategory = (questions + categories.length - 1) / categories.length;
        for (int i = 0; i < questions; i++) {
            if (i % perCategory == 0) {
                x.append("<question type=\"category\"><category><text>$course$/top/Large bank/")
                        .append(categories[i / perCategory]).append("</text></category></question>\n");
            }
            String name = "Question " + i;
            String text = "<![CDATA[<p>Question <b>" + i + "</b>: which statement about event " + i + " is right?</p>]]>";
            switch (i % 7) {
                case 0 -> x.append("<question type=\"multichoice\"><name><text>").append(name).append("</text></name><questiontext format=\"html\"><text>")
                        .append(text).append("</text></questiontext><generalfeedback format=\"html\"><text>Because of ").append(i)
                        .append(".</text></generalfeedback><single>true</single>")
                        .append("<answer fraction=\"100\"><text>Right ").append(i).append("</text><feedback><text>Yes</text></feedback></answer>")
                        .append("<answer fraction=\"0\"><text>Wrong A ").append(i).append("</text><feedback><text>No</text></feedback></answer>")
                        .append("<answer fraction=\"0\"><text>Wrong B ").append(i).append("</text></answer></question>\n");
                case 1 -> x.append("<question type=\"multichoice\"><name><text>").append(name).append("</text></name><questiontext format=\"html\"><text>")
                        .append(text).append("</text></questiontext><single>false</single>")
                        .append("<answer fraction=\"50\"><text>Right A</text></answer><answer fraction=\"50\"><text>Right B</text></answer>")
                        .append("<answer fraction=\"-100\"><text>Wrong</text></answer></question>\n");
                case 2 -> x.append("<question type=\"truefalse\"><name><text>").append(name).append("</text></name><questiontext format=\"html\"><text>")
                        .append(text).append("</text></questiontext><answer fraction=\"100\"><text>true</text></answer>")
                        .append("<answer fraction=\"0\"><text>false</text></answer></question>\n");
                case 3 -> x.append("<question type=\"shortanswer\"><name><text>").append(name).append("</text></name><questiontext format=\"html\"><text>")
                        .append(text).append("</text></questiontext><usecase>0</usecase><answer fraction=\"100\"><text>").append(1900 + i % 100)
                        .append("</text></answer></question>\n");
                case 4 -> x.append("<question type=\"matching\"><name><text>").append(name).append("</text></name><questiontext format=\"html\"><text>")
                        .append(text).append("</text></questiontext>")
                        .append("<subquestion><text>Trotsky</text><answer><text>War</text></answer></subquestion>")
                        .append("<subquestion><text>Zinoviev</text><answer><text>Comintern</text></answer></subquestion>")
                        .append("<subquestion><text>Yezhov</text><answer><text>NKVD</text></answer></subquestion></question>\n");
                case 5 -> x.append("<question type=\"cloze\"><name><text>").append(name).append("</text></name><questiontext format=\"html\"><text>")
                        .append("<![CDATA[<p>Event ").append(i).append(" happened in {1:SHORTANSWER:=").append(1900 + i % 100)
                        .append("} under {1:MULTICHOICE:=Stalin~Lenin}.</p>]]></text></questiontext></question>\n");
                default -> x.append("<question type=\"description\"><name><text>").append(name).append("</text></name><questiontext format=\"html\"><text>")
                        .append(text).append("</text></questiontext></question>\n");
            }
        }
        return x.append("</quiz>\n").toString();
    }

    static String largeGiftBank(int questions) {
        StringBuilder g = new StringBuilder("$CATEGORY: $course$/top/Large GIFT/Revision\n\n");
        for (int i = 0; i < questions; i++) {
            switch (i % 5) {
                case 0 -> g.append("::G").append(i).append("::Which is right about event ").append(i).append("? {=Right#Yes ~Wrong A ~Wrong B####Because.}\n\n");
                case 1 -> g.append("::G").append(i).append("::Event ").append(i).append(" was in 1920.{FALSE}\n\n");
                case 2 -> g.append("::G").append(i).append("::In which year was event ").append(i).append("? {=").append(1900 + i % 100).append("}\n\n");
                case 3 -> g.append("::G").append(i).append("::Event ").append(i).append(" took place in {=Moscow =Moskva} in winter.\n\n");
                default -> g.append("::G").append(i).append("::Match.{=Trotsky -> War =Zinoviev -> Comintern =Yezhov -> NKVD}\n\n");
            }
        }
        return g.toString();
    }

    private static String demoPack() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("packs/stalins-russia-1924-41.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
