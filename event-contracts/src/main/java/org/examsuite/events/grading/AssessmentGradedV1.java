package org.examsuite.events.grading;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A student graded their own plan. {@code sessionId} and {@code itemId} are set when the plan came
 * from a quiz session, null when it was submitted to grading-service directly. Keyed by {@code assessmentId}.
 */
public record AssessmentGradedV1(
        UUID assessmentId,
        String studentId,
        UUID essayQuestionId,
        UUID sessionId,
        UUID itemId,
        Grader gradedBy,
        int mark,
        int maxMarks,
        List<CriterionGrade> criteria,
        Instant gradedAt) {
}
