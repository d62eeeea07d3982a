package org.examsuite.quiz.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The review schedule: a Leitner system with five boxes per student and question. A question
 * answered with full marks moves up one box (at most box 5); any other mark sends it back to box 1.
 * A question first met goes to box 2 when answered with full marks, else box 1. Each box has an
 * interval after the last review when the question is due again: box 1 at once (the next review
 * session), box 2 after 1 day, box 3 after 3 days, box 4 after 7 days, box 5 after 21 days.
 */
public final class Leitner {

    public static final int FIRST_BOX = 1;
    public static final int LAST_BOX = 5;
    private static final List<Duration> INTERVALS = List.of(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(3),
            Duration.ofDays(7), Duration.ofDays(21));

    private Leitner() {
    }

    /** The box after a review; {@code box} is 0 for a question never reviewed. */
    public static int nextBox(int box, boolean fullMarks) {
        if (!fullMarks) {
            return FIRST_BOX;
        }
        return Math.min(Math.max(box, FIRST_BOX) + 1, LAST_BOX);
    }

    public static Instant dueAt(int box, Instant reviewedAt) {
        return reviewedAt.plus(INTERVALS.get(box - 1));
    }
}
