package org.examsuite.quiz.domain;

/**
 * PRACTICE marks each answer at once and shows the key; EXAM hides everything until the session
 * ends and enforces the deadline; REVIEW is practice over the questions the student's spaced
 * repetition schedule says are due.
 */
public enum SessionMode {
    PRACTICE,
    EXAM,
    REVIEW
}
