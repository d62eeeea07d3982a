package org.examsuite.events.grading;

public enum Grader {
    SELF,
    TEACHER
}
