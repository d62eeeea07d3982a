package org.examsuite.grading.domain;

/** The life of an assessment: the student grades their plan, then a teacher may moderate the grade. */
public enum AssessmentStatus {
    AWAITING_SELF_ASSESSMENT,
    SELF_ASSESSED,
    MODERATED
}
