package org.examsuite.quiz.domain;

/**
 * UNANSWERED until the student answers. A recall item is then MARKED (practice and review) or
 * ANSWERED (exam: marked, but hidden until the session ends, when it becomes MARKED). An essay item
 * is AWAITING_SELF_ASSESSMENT from the plan's hand-in until grading-service reports a grade, then GRADED.
 */
public enum ItemState {
    UNANSWERED,
    ANSWERED,
    MARKED,
    AWAITING_SELF_ASSESSMENT,
    GRADED
}
