package org.examsuite.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English analysis for study content: standard tokenising, possessives and case folded, stop words
 * dropped, Porter stemming. Before stemming, British "-ise" forms are written as "-ize" so that a
 * student's "collectivisation" and a note's "Collectivization" meet on the same stem ("collectiv"),
 * which Lucene's EnglishAnalyzer alone does not do. The rewrite applies on both sides (index and
 * query, plan and evidence term), so it can only make spellings meet, never split them.
 */
public final class EnglishText {

    private static final String BRITISH_ISE = "^(\\p{L}{3,})is(e|es|ed|ing|ation|ations|er|ers)$";

    private EnglishText() {
    }

    /** A new analyzer; analyzers are thread-safe, so one may be shared for the life of the application. */
    public static Analyzer analyzer() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer(StandardTokenizerFactory.NAME)
                    .addTokenFilter(EnglishPossessiveFilterFactory.NAME)
                    .addTokenFilter(LowerCaseFilterFactory.NAME)
                    .addTokenFilter(StopFilterFactory.NAME)
                    .addTokenFilter(PatternReplaceFilterFactory.NAME, "pattern", BRITISH_ISE, "replacement", "$1iz$2")
                    .addTokenFilter(PorterStemFilterFactory.NAME)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stemmed terms of {@code text}, in order. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
