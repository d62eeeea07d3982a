package org.examsuite.quiz.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A student's progress on one topic across completed sessions (finished or expired), oldest first.
 * <ul>
 * <li>last and best: the percentage of the latest and of the best session on the topic;</li>
 * <li>trend: the latest percentage against the mean of up to three sessions before it: IMPROVING
 * when 5 points or more above, DECLINING when 5 or more below, else STEADY; NOT_ENOUGH_DATA with a
 * single session;</li>
 * <li>weakest sections: up to three sections with the lowest percentage over the last five
 * sessions on the topic, below full marks, so the student knows what to reread.</li>
 * </ul>
 */
public final class Progress {

    public static final double TREND_THRESHOLD_POINTS = 5.0;
    public static final int TREND_WINDOW = 3;
    public static final int SECTION_WINDOW = 5;
    public static final int WEAKEST_SECTIONS = 3;

    public enum Trend {
        IMPROVING,
        STEADY,
        DECLINING,
        NOT_ENOUGH_DATA
    }

    /** The part of one completed session that concerns the topic. */
    public record TopicAttempt(UUID sessionId, SessionMode mode, Instant completedAt, double score, double maxScore,
            List<SessionScores.Slice> sections) {

        public Double percentage() {
            return SessionScores.percentage(score, maxScore);
        }
    }

    public record TopicProgress(int sessions, Double lastPercentage, Double bestPercentage, Trend trend,
            Instant lastCompletedAt, List<SessionScores.Slice> weakestSections, List<TopicAttempt> history) {
    }

    private Progress() {
    }

    public static TopicProgress of(List<TopicAttempt> attempts) {
        List<TopicAttempt> scored = attempts.stream().filter(a -> a.percentage() != null)
                .sorted(Comparator.comparing(TopicAttempt::completedAt)).toList();
        if (scored.isEmpty()) {
            return new TopicProgress(0, null, null, Trend.NOT_ENOUGH_DATA, null, List.of(), List.of());
        }
        TopicAttempt last = scored.get(scored.size() - 1);
        double best = scored.stream().mapToDouble(TopicAttempt::percentage).max().orElseThrow();
        return new TopicProgress(scored.size(), last.percentage(), best, trend(scored), last.completedAt(),
                weakest(scored), scored);
    }

    private static Trend trend(List<TopicAttempt> scored) {
        if (scored.size() < 2) {
            return Trend.NOT_ENOUGH_DATA;
        }
        int lastIndex = scored.size() - 1;
        double before = scored.subList(Math.max(0, lastIndex - TREND_WINDOW), lastIndex).stream()
                .mapToDouble(TopicAttempt::percentage).average().orElseThrow();
        double change = scored.get(lastIndex).percentage() - before;
        if (change >= TREND_THRESHOLD_POINTS) {
            return Trend.IMPROVING;
        }
        if (change <= -TREND_THRESHOLD_POINTS) {
            return Trend.DECLINING;
        }
        return Trend.STEADY;
    }

    private static List<SessionScores.Slice> weakest(List<TopicAttempt> scored) {
        Map<String, SessionScores.Slice> sections = new LinkedHashMap<>();
        scored.subList(Math.max(0, scored.size() - SECTION_WINDOW), scored.size()).forEach(attempt ->
                attempt.sections().forEach(s -> sections.merge(s.key(), s, (a, b) -> new SessionScores.Slice(a.key(),
                        b.title(), a.topicId(), a.score() + b.score(), a.maxScore() + b.maxScore(), a.items() + b.items()))));
        return sections.values().stream()
                .filter(s -> s.percentage() != null && s.percentage() < 100.0)
                .sorted(Comparator.comparing(SessionScores.Slice::percentage).thenComparing(SessionScores.Slice::title))
                .limit(WEAKEST_SECTIONS)
                .toList();
    }
}
