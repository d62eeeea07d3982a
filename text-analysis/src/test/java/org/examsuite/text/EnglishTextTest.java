package org.examsuite.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class EnglishTextTest {

    private final Analyzer analyzer = EnglishText.analyzer();

    @Test
    void britishAndAmericanSpellingsAndInflectionsShareAStem() {
        assertThat(EnglishText.terms(analyzer, "collectivise collectivisation Collectivization collectivised"))
                .containsOnly("collectiv");
        assertThat(EnglishText.terms(analyzer, "industrialisation Forced Industrialization"))
                .containsExactly("industri", "forc", "industri");
    }

    @Test
    void possessivesCaseAndStopWordsAreFoldedAway() {
        assertThat(EnglishText.terms(analyzer, "The NKVD and Stalin's purges")).containsExactly("nkvd", "stalin", "purg");
    }

    @Test
    void wordsThatOnlyEndInIsAreLeftAlone() {
        assertThat(EnglishText.terms(analyzer, "crisis analysis")).containsExactly("crisi", "analysi");
    }
}
