package org.examsuite.grading.domain.evidence;

import java.util.List;

/**
 * The levels of one rubric criterion that the evidence checks point to, lowest and highest, with
 * the reasons in plain words. A heuristic: it informs the student's and the teacher's judgement.
 *
 * @param basis which checks the criterion was estimated from (chosen by the criterion's key and name)
 * @param summary the reasons joined, e.g. "covers 3 of 8 factors; no dates"
 */
public record CriterionEstimate(String criterionKey, String criterionName, Basis basis, int lowLevel, int highLevel,
        List<String> reasons, String summary) {

    public enum Basis {
        /** Coverage of the indicative factors and the amount of specific evidence. */
        KNOWLEDGE,
        /** The structure of the points (evidence, explanation, links), capped by relevance to the question. */
        ANALYSIS,
        /** The judgement against the command word and the balance of the counter-argument. */
        EVALUATION,
        /** No check maps to the criterion by name: the mean of the three others. */
        OVERALL
    }

    /** The level of the range nearest to {@code level}: the standard the evidence points to. */
    public int nearest(int level) {
        return Math.max(lowLevel, Math.min(highLevel, level));
    }

    /** How far {@code level} lies outside the range: 0 inside, positive above, negative below. */
    public int gap(int level) {
        return level - nearest(level);
    }
}
