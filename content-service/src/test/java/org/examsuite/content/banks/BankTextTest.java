package org.examsuite.content.banks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stored text, HTML and GIFT escapes: each way there and back gives the same text. */
class BankTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Lenin died in 1924.",
            "Line one\nline two\n\nA second paragraph",
            "x < y & z > w",
            "AT&T; is an entity-like word",
            "x<y looks like a tag",
            "<p>Who <b>led</b> the USSR?</p>",
            "<ul><li>one</li><li>two</li></ul>",
            "Quotes \"double\" and 'single' and ‘curly’"})
    void aStoredTextComesBackFromItsHtml(String text) {
        String stored = BankText.fromPlain(text);
        assertThat(BankText.fromHtml(BankText.toHtml(stored))).isEqualTo(stored);
        String html = BankText.fromHtml(text);
        assertThat(BankText.fromHtml(BankText.toHtml(html))).isEqualTo(html);
    }

    @Test
    void htmlWithoutFormattingBecomesPlainText() {
        assertThat(BankText.fromHtml("<p>Who &amp; why?</p>\n<p>Second<br>line</p>")).isEqualTo("Who & why?\n\nSecond\nline");
        assertThat(BankText.fromHtml("<p>&nbsp;</p>")).isNull();
        assertThat(BankText.fromHtml("<p onclick=\"x()\">Hi <script>alert(1)</script><img src=\"data:image/png;base64,AAAA\"></p>"))
                .isEqualTo("Hi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a:b", "{braces}", "~tilde =equals #hash", "back\\slash \\n", "new\nline"})
    void giftEscapesAreReadBack(String text) {
        String gift = "::t::" + GiftWriter.escape(text) + "{=" + GiftWriter.escape(text) + "}\n";
        BankFile file = new GiftReader(10).read(gift.getBytes(java.nio.charset.StandardCharsets.UTF_8), "UTF-8");
        BankFile.Recall recall = (BankFile.Recall) file.entries().get(0).mapped();
        assertThat(recall.draft().acceptedAnswers()).containsExactly(text);
    }

    @Test
    void keysComeFromIdNumbersAsTheyAreAndFromNamesAsSlugs() {
        assertThat(BankText.keyFromId("Q_1.b")).isEqualTo("Q_1.b");
        assertThat(BankText.keyFromId("my id")).isEqualTo("my-id");
        assertThat(BankText.keyFromName("Stalin's rise: 1924–29 (Révolution)")).isEqualTo("stalins-rise-1924-29-revolution");
        assertThat(BankText.keyFromName("???")).isEqualTo("q");
    }

    @Test
    void clozeAnswersAreEscapedAndReadBack() {
        String gap = ClozeSyntax.shortAnswerGap(java.util.List.of("a}b", "c#d~e/f\"g\\h"));
        ClozeSyntax.Parsed parsed = ClozeSyntax.parse("Text " + gap + " after");
        assertThat(parsed.text()).isEqualTo("Text {{1}} after");
        assertThat(parsed.gaps()).containsExactly(java.util.List.of("a}b", "c#d~e/f\"g\\h"));
    }
}
