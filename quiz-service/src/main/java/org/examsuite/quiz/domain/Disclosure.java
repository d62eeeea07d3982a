package org.examsuite.quiz.domain;

/**
 * When a client may see an item's answer key, explanation and marks: in practice and review as
 * soon as the item is marked, in an exam only once the session has ended with a result. An
 * abandoned exam never shows its keys, so abandoning is no way to peek.
 */
public final class Disclosure {

    private Disclosure() {
    }

    public static boolean keyVisible(SessionMode mode, SessionStatus status, ItemState state) {
        if (status.completed()) {
            return true;
        }
        return mode != SessionMode.EXAM && state == ItemState.MARKED;
    }

    /** Results (the score and its breakdown) of a session still running are shown in practice and review only. */
    public static boolean resultVisible(SessionMode mode, SessionStatus status) {
        return status.completed() || (mode != SessionMode.EXAM && status == SessionStatus.ACTIVE);
    }
}
