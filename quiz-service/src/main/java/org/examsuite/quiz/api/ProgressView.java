package org.examsuite.quiz.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.examsuite.quiz.domain.Progress;
import org.examsuite.quiz.domain.ProgressReports;
import org.examsuite.quiz.domain.SessionMode;

/** A student's progress, one entry per topic practised, most recently practised first. */
public record ProgressView(String studentId, List<TopicProgress> topics) {

    public record TopicProgress(UUID topicId, String title, int sessions, Double lastPercentage, Double bestPercentage,
            Progress.Trend trend, Instant lastCompletedAt, List<WeakSection> weakestSections, List<Attempt> history) {
    }

    public record WeakSection(UUID sectionId, String title, Double percentage) {
    }

    public record Attempt(UUID sessionId, SessionMode mode, Instant completedAt, Double percentage) {
    }

    public static ProgressView of(String studentId, List<ProgressReports.TopicReport> reports) {
        return new ProgressView(studentId, reports.stream().map(r -> {
            Progress.TopicProgress p = r.progress();
            return new TopicProgress(r.topicId(), r.title(), p.sessions(), p.lastPercentage(), p.bestPercentage(), p.trend(),
                    p.lastCompletedAt(),
                    p.weakestSections().stream().map(s -> new WeakSection(UUID.fromString(s.key()), s.title(), s.percentage()))
                            .toList(),
                    p.history().stream().map(a -> new Attempt(a.sessionId(), a.mode(), a.completedAt(), a.percentage())).toList());
        }).toList());
    }
}
