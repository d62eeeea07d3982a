package org.examsuite.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextAnswersTest {

    private static final List<String> POLICY = List.of("Socialism in One Country", "Socialism in a single country");

    @Test
    void normalisingFoldsCaseAccentsPunctuationSpacesAndALeadingArticle() {
        assertThat(TextAnswers.normalise("  The   Five-Year  Plan! ", false)).isEqualTo("five year plan");
        assertThat(TextAnswers.normalise("Kámenev", false)).isEqualTo("kamenev");
        assertThat(TextAnswers.normalise("Stalin's", false)).isEqualTo("stalins");
        assertThat(TextAnswers.normalise("an Orgburo", false)).isEqualTo("orgburo");
        assertThat(TextAnswers.normalise("3,000,000 kulaks", false)).isEqualTo("3000000 kulaks");
        assertThat(TextAnswers.normalise("1.5 million", false)).isEqualTo("1.5 million");
        assertThat(TextAnswers.normalise("The", false)).isEqualTo("the");
        assertThat(TextAnswers.normalise("NKVD", true)).isEqualTo("NKVD");
    }

    @Test
    void theModelAnswerAndItsVariantsAreAcceptedAfterNormalising() {
        assertThat(TextAnswers.match("socialism in one country", POLICY, false)).isEqualTo(TextMatch.EXACT);
        assertThat(TextAnswers.match("SOCIALISM IN ONE COUNTRY.", POLICY, false)).isEqualTo(TextMatch.EXACT);
        assertThat(TextAnswers.match("Socialism-in-one-country", POLICY, false)).isEqualTo(TextMatch.EXACT);
        assertThat(TextAnswers.match("Socialism in a single country", POLICY, false)).isEqualTo(TextMatch.VARIANT);
        assertThat(TextAnswers.match("the Kulaks", List.of("Kulaks"), false)).isEqualTo(TextMatch.EXACT);
        assertThat(TextAnswers.match("Kaménev", List.of("Kamenev"), false)).isEqualTo(TextMatch.EXACT);
    }

    @Test
    void aTypoInAWordOfFiveOrMoreLettersIsForgiven() {
        assertThat(TextAnswers.match("Socialism in one contry", POLICY, false)).isEqualTo(TextMatch.FUZZY);
        assertThat(TextAnswers.match("Sozialismus in one country", POLICY, false)).isEqualTo(TextMatch.NONE);
        assertThat(TextAnswers.match("Socilism in one country", POLICY, false)).isEqualTo(TextMatch.FUZZY);
        assertThat(TextAnswers.match("Trotksy", List.of("Trotsky"), false)).isEqualTo(TextMatch.NONE);
        assertThat(TextAnswers.match("Trotskyy", List.of("Trotsky"), false)).isEqualTo(TextMatch.FUZZY);
    }

    @Test
    void longWordsAllowTwoEditsAndNoMore() {
        assertThat(TextAnswers.match("Colectivisaton", List.of("Collectivisation"), false)).isEqualTo(TextMatch.FUZZY);
        assertThat(TextAnswers.match("Colectvisaton", List.of("Collectivisation"), false)).isEqualTo(TextMatch.NONE);
    }

    @Test
    void shortWordsNumbersAndYearsMustBeExact() {
        assertThat(TextAnswers.match("Socialism in oen country", POLICY, false)).isEqualTo(TextMatch.NONE);
        assertThat(TextAnswers.match("NKDV", List.of("NKVD"), false)).isEqualTo(TextMatch.NONE);
        assertThat(TextAnswers.match("1929", List.of("1928"), false)).isEqualTo(TextMatch.NONE);
        assertThat(TextAnswers.match("1928", List.of("1928"), false)).isEqualTo(TextMatch.EXACT);
        assertThat(TextAnswers.match("25,000", List.of("25000"), false)).isEqualTo(TextMatch.EXACT);
        assertThat(TextAnswers.match("250000", List.of("25000"), false)).isEqualTo(TextMatch.NONE);
    }

    @Test
    void caseSensitiveKeysMatchCaseAndAreNeverFuzzy() {
        assertThat(TextAnswers.match("NKVD", List.of("NKVD"), true)).isEqualTo(TextMatch.EXACT);
        assertThat(TextAnswers.match("nkvd", List.of("NKVD"), true)).isEqualTo(TextMatch.NONE);
        assertThat(TextAnswers.match("Politbureau", List.of("Politburo"), true)).isEqualTo(TextMatch.NONE);
    }

    @Test
    void aBlankAnswerIsNeverRight() {
        assertThat(TextAnswers.match("  ", POLICY, false)).isEqualTo(TextMatch.NONE);
        assertThat(TextAnswers.match("...", List.of("..."), false)).isEqualTo(TextMatch.NONE);
    }
}
