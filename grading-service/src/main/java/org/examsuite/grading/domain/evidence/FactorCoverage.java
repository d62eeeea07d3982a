package org.examsuite.grading.domain.evidence;

import java.util.ArrayList;
import java.util.List;

import org.examsuite.events.content.IndicativeFactor;
import org.examsuite.events.quiz.EssayPlan;

/**
 * Which of the question's indicative factors the plan addresses. A factor counts as covered when
 * at least {@code minimumMatches} of its evidence terms appear in the plan (never more than the
 * factor has terms, never fewer than one); missed factors keep the terms that did appear, so a
 * student sees what they were close to.
 */
public record FactorCoverage(int factors, List<CoveredFactor> covered, List<MissedFactor> missed) {

    public record CoveredFactor(String key, String title, List<String> matchedTerms) {
    }

    public record MissedFactor(String key, String title, List<String> matchedTerms, int termsNeeded) {
    }

    public int coveredCount() {
        return covered.size();
    }

    public double ratio() {
        return factors == 0 ? 0 : (double) covered.size() / factors;
    }

    public static FactorCoverage of(List<IndicativeFactor> factors, EssayPlan plan) {
        List<List<String>> parts = PlanParts.all(plan).stream().map(Stems::of).toList();
        List<CoveredFactor> covered = new ArrayList<>();
        List<MissedFactor> missed = new ArrayList<>();
        List<IndicativeFactor> list = factors == null ? List.of() : factors;
        for (IndicativeFactor factor : list) {
            List<String> terms = factor.evidenceTerms() == null ? List.of() : factor.evidenceTerms();
            List<String> matched = matchedTerms(terms, parts);
            int needed = Math.max(1, Math.min(factor.minimumMatches(), terms.size()));
            if (!terms.isEmpty() && matched.size() >= needed) {
                covered.add(new CoveredFactor(factor.key(), factor.title(), matched));
            } else {
                missed.add(new MissedFactor(factor.key(), factor.title(), matched, needed));
            }
        }
        return new FactorCoverage(list.size(), covered, missed);
    }

    /** The evidence terms that occur in any one part of the text; a phrase never spans two parts. */
    static List<String> matchedTerms(List<String> terms, List<List<String>> parts) {
        List<String> matched = new ArrayList<>();
        for (String term : terms) {
            List<String> stems = Stems.of(term);
            if (!stems.isEmpty() && parts.stream().anyMatch(part -> Stems.containsPhrase(part, stems))) {
                matched.add(term);
            }
        }
        return matched;
    }
}
