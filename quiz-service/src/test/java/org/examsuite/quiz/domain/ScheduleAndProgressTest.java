package org.examsuite.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ScheduleAndProgressTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void leitnerMovesUpOnFullMarksAndBackToTheFirstBoxOtherwise() {
        assertThat(Leitner.nextBox(0, true)).isEqualTo(2);
        assertThat(Leitner.nextBox(0, false)).isEqualTo(1);
        assertThat(Leitner.nextBox(3, true)).isEqualTo(4);
        assertThat(Leitner.nextBox(5, true)).isEqualTo(5);
        assertThat(Leitner.nextBox(4, false)).isEqualTo(1);
        assertThat(Leitner.dueAt(1, NOW)).isEqualTo(NOW);
        assertThat(Leitner.dueAt(2, NOW)).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(Leitner.dueAt(5, NOW)).isEqualTo(NOW.plus(Duration.ofDays(21)));
    }

    @Test
    void scoresLeavePendingEssaysOutAndListTheWeakestSectionFirst() {
        UUID topic = UUID.randomUUID();
        UUID strong = UUID.randomUUID();
        UUID weak = UUID.randomUUID();
        SessionScores scores = SessionScores.of(List.of(
                new SessionScores.ScoredItem(ItemKind.TRUE_FALSE, topic, strong, "Strong", 1, 1, true, false),
                new SessionScores.ScoredItem(ItemKind.CLOZE, topic, weak, "Weak", 0.5, 1, true, false),
                new SessionScores.ScoredItem(ItemKind.TRUE_FALSE, topic, weak, "Weak", 0, 1, true, false),
                new SessionScores.ScoredItem(ItemKind.SHORT_ANSWER, topic, weak, "Weak", 0, 1, false, false),
                new SessionScores.ScoredItem(ItemKind.ESSAY, topic, null, null, 0, 20, false, true)));
        assertThat(scores.score()).isEqualTo(1.5);
        assertThat(scores.maxScore()).isEqualTo(3.0);
        assertThat(scores.percentage()).isEqualTo(50.0);
        assertThat(scores.pendingEssays()).isEqualTo(1);
        assertThat(scores.byKind()).extracting(SessionScores.Slice::key).containsExactly("TRUE_FALSE", "CLOZE");
        assertThat(scores.bySection()).extracting(SessionScores.Slice::title).containsExactly("Weak", "Strong");
        assertThat(scores.bySection().get(0).percentage()).isEqualTo(25.0);
    }

    @Test
    void progressShowsLastBestTrendAndWeakestSections() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<Progress.TopicAttempt> attempts = List.of(
                attempt(1, 4, 10, List.of(slice(a, "Rise", 1, 5), slice(b, "Economy", 3, 5))),
                attempt(2, 5, 10, List.of(slice(a, "Rise", 2, 5), slice(b, "Economy", 3, 5))),
                attempt(3, 8, 10, List.of(slice(a, "Rise", 3, 5), slice(b, "Economy", 5, 5))));
        Progress.TopicProgress progress = Progress.of(attempts);
        assertThat(progress.sessions()).isEqualTo(3);
        assertThat(progress.lastPercentage()).isEqualTo(80.0);
        assertThat(progress.bestPercentage()).isEqualTo(80.0);
        assertThat(progress.trend()).isEqualTo(Progress.Trend.IMPROVING);
        assertThat(progress.weakestSections()).extracting(SessionScores.Slice::title).containsExactly("Rise", "Economy");
        assertThat(progress.weakestSections().get(0).percentage()).isEqualTo(40.0);

        assertThat(Progress.of(attempts.subList(0, 1)).trend()).isEqualTo(Progress.Trend.NOT_ENOUGH_DATA);
        assertThat(Progress.of(List.of(attempts.get(2), attempt(4, 5, 10, List.of()))).trend())
                .isEqualTo(Progress.Trend.DECLINING);
        assertThat(Progress.of(List.of(attempts.get(1), attempt(4, 52, 100, List.of()))).trend())
                .isEqualTo(Progress.Trend.STEADY);
    }

    private static Progress.TopicAttempt attempt(int day, double score, double max, List<SessionScores.Slice> sections) {
        return new Progress.TopicAttempt(UUID.randomUUID(), SessionMode.PRACTICE, NOW.plus(Duration.ofDays(day)), score, max,
                sections);
    }

    private static SessionScores.Slice slice(UUID section, String title, double score, double max) {
        return new SessionScores.Slice(section.toString(), title, null, score, max, 1);
    }
}
