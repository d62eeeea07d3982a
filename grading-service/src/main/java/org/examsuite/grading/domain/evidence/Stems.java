package org.examsuite.grading.domain.evidence;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.examsuite.text.EnglishText;

/**
 * Plan text and evidence terms reduced to the same tokens by the suite's one English analysis
 * ({@link EnglishText}: standard tokeniser, possessives and stop words removed, lower case, British
 * "-ise" written "-ize", Porter stems), so that "factions" matches "faction", "appointed" matches
 * "appointments", "Lenin's" matches "Lenin" and "industrialization" matches "industrialisation".
 */
final class Stems {

    /** Analyzer instances keep per-thread state internally, so one instance serves every caller. */
    private static final Analyzer ANALYZER = EnglishText.analyzer();

    private Stems() {
    }

    static List<String> of(String text) {
        return EnglishText.terms(ANALYZER, text);
    }

    /**
     * Whether {@code phrase} occurs as consecutive tokens of {@code tokens}. Stop words are gone
     * from both sides, so "ban on factions" matches "the ban of factions" but not "ban ... factions"
     * with other words between.
     */
    static boolean containsPhrase(List<String> tokens, List<String> phrase) {
        if (phrase.isEmpty() || phrase.size() > tokens.size()) {
            return false;
        }
        for (int start = 0; start + phrase.size() <= tokens.size(); start++) {
            if (tokens.subList(start, start + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }
}
