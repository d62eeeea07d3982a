package org.examsuite.events.grading;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A teacher set their own levels on an assessment; the mark is the teacher's. Keyed by {@code assessmentId}. */
public record AssessmentModeratedV1(
        UUID assessmentId,
        String studentId,
        String teacherId,
        UUID essayQuestionId,
        UUID sessionId,
        UUID itemId,
        Grader gradedBy,
        int mark,
        int maxMarks,
        List<CriterionGrade> criteria,
        Instant moderatedAt) {
}
