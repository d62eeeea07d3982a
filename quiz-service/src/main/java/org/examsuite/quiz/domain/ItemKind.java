package org.examsuite.quiz.domain;

import org.examsuite.events.content.QuestionType;

/** What a session item asks for: one of the recall question types, or an essay task. */
public enum ItemKind {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    SHORT_ANSWER,
    ORDERING,
    MATCHING,
    CLOZE,
    ESSAY;

    public static ItemKind of(QuestionType type) {
        return valueOf(type.name());
    }
}
