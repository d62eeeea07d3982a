package org.examsuite.quiz.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.examsuite.events.grading.Grader;
import org.examsuite.quiz.domain.ItemKind;
import org.examsuite.quiz.domain.ItemState;
import org.examsuite.quiz.domain.SessionMode;
import org.examsuite.quiz.domain.SessionScores;
import org.examsuite.quiz.domain.SessionStatus;
import org.examsuite.quiz.domain.Sessions;
import org.examsuite.quiz.persistence.QuizSession;
import org.examsuite.quiz.persistence.SessionTopic;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A session's result: the score overall, per question type and per note section (weakest first,
 * with the titles to revise), the time taken, and the essays with their grades. Essays waiting for
 * a grade are counted in {@code pendingEssays} and left out of the score until the grade arrives.
 * {@code sectionsToRevise} lists the sections scored below {@value #REVISE_BELOW_PERCENT}%.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultView(UUID sessionId, SessionMode mode, SessionStatus status, List<SessionTopic> topics,
        Instant startedAt, Instant completedAt, Long timeTakenSeconds, double score, double maxScore, Double percentage,
        int pendingEssays, List<Slice> byQuestionType, List<SectionSlice> bySection, List<SectionSlice> sectionsToRevise,
        List<EssayResult> essays) {

    public static final double REVISE_BELOW_PERCENT = 70.0;

    public record Slice(ItemKind type, double score, double maxScore, Double percentage, int items) {
    }

    public record SectionSlice(UUID sectionId, UUID topicId, String title, double score, double maxScore,
            Double percentage, int items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EssayResult(UUID itemId, UUID questionId, ItemState state, UUID planId, Double mark, double maxMarks,
            Grader gradedBy) {
    }

    public static ResultView of(QuizSession session) {
        SessionScores scores = Sessions.scores(session);
        Instant end = session.completedAt != null ? session.completedAt : Instant.now();
        List<SectionSlice> sections = scores.bySection().stream().map(s -> new SectionSlice(UUID.fromString(s.key()),
                s.topicId(), s.title(), SessionScores.rounded(s.score()), SessionScores.rounded(s.maxScore()),
                s.percentage(), s.items())).toList();
        return new ResultView(session.id, session.mode, session.status, session.topics, session.startedAt,
                session.completedAt, Duration.between(session.startedAt, end).toSeconds(),
                SessionScores.rounded(scores.score()), SessionScores.rounded(scores.maxScore()), scores.percentage(),
                scores.pendingEssays(),
                scores.byKind().stream().map(s -> new Slice(ItemKind.valueOf(s.key()), SessionScores.rounded(s.score()),
                        SessionScores.rounded(s.maxScore()), s.percentage(), s.items())).toList(),
                sections,
                sections.stream().filter(s -> s.percentage() != null && s.percentage() < REVISE_BELOW_PERCENT).toList(),
                session.items.stream().filter(i -> i.kind == ItemKind.ESSAY).map(i -> new EssayResult(i.id, i.questionId,
                        i.state, i.planId, i.state == ItemState.GRADED || session.status.completed() ? i.score : null,
                        i.maxScore, i.gradedBy)).toList());
    }
}
