package org.examsuite.events.quiz;

import java.time.Instant;
import java.util.UUID;

/**
 * A plan handed in for an essay task of a session. {@code planId} becomes the assessment id in
 * grading-service, so a redelivery creates nothing new. Keyed by {@code planId}.
 */
public record EssayPlanSubmittedV1(
        UUID planId,
        String studentId,
        UUID sessionId,
        UUID itemId,
        UUID essayQuestionId,
        UUID topicId,
        int topicVersion,
        EssayPlan plan,
        Instant submittedAt) {
}
