package org.examsuite.events.content;

public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    SHORT_ANSWER,
    ORDERING,
    MATCHING,
    CLOZE
}
