package org.examsuite.events.quiz;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A session ended (finished by the student or closed at its deadline). Keyed by {@code sessionId}. */
public record SessionCompletedV1(
        UUID sessionId,
        String studentId,
        List<UUID> topicIds,
        String mode,
        double score,
        double maxScore,
        int pendingEssays,
        List<ScoreSummary> byQuestionType,
        List<ScoreSummary> bySection,
        Instant startedAt,
        Instant completedAt) {
}
