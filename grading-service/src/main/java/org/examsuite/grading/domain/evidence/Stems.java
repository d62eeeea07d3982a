package org.examsuite.grading.domain.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Plan text and evidence terms reduced to the same tokens by Lucene's English analyser (standard
 * tokeniser, possessives and stop words removed, lower case, Porter stems), so that "factions"
 * matches "faction", "appointed" matches "appointments" and "Lenin's" matches "Lenin".
 */
final class Stems {

    /** Analyzer instances keep per-thread state internally, so one instance serves every caller. */
    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    private Stems() {
    }

    static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
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
