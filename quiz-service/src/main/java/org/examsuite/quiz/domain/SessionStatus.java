package org.examsuite.quiz.domain;

/** FINISHED by the student, EXPIRED when closed at its deadline, ABANDONED when given up (no result). */
public enum SessionStatus {
    ACTIVE,
    FINISHED,
    EXPIRED,
    ABANDONED;

    /** Whether the session ended with a result. */
    public boolean completed() {
        return this == FINISHED || this == EXPIRED;
    }
}
