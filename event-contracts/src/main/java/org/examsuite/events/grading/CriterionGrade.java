package org.examsuite.events.grading;

public record CriterionGrade(String criterionKey, int level, int mark, int maxMarks) {
}
