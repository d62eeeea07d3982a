package org.examsuite.quiz.domain;

import java.util.Map;

/**
 * The marking of one answer. {@code parts} says, per option, item, pair or gap (by the id the
 * client knows it by), whether the student got that part right; {@code match} says how a written
 * answer was accepted (null for the other types).
 */
public record Mark(double score, double maxScore, Map<String, Boolean> parts, TextMatch match) {

    private static final double EPSILON = 1e-9;

    public boolean fullMarks() {
        return score >= maxScore - EPSILON;
    }
}
