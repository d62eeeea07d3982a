package org.examsuite.quiz.domain;

/** How a written answer matched the key: the model answer, another accepted variant, a near miss forgiven as a typo, or not at all. */
public enum TextMatch {
    EXACT,
    VARIANT,
    FUZZY,
    NONE;

    public boolean accepted() {
        return this != NONE;
    }
}
