package org.examsuite.quiz.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.examsuite.quiz.domain.ItemState;
import org.examsuite.quiz.domain.SessionMode;
import org.examsuite.quiz.domain.SessionStatus;
import org.examsuite.quiz.persistence.QuizSession;
import org.examsuite.quiz.persistence.SessionTopic;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A session with its items and whose it is; the score appears once the session has completed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionView(UUID id, String studentId, SessionMode mode, SessionStatus status, List<SessionTopic> topics, Instant startedAt,
        Integer timeLimitSeconds, Instant deadline, Long secondsRemaining, Instant completedAt, int itemCount,
        int answeredCount, Double score, Double maxScore, Integer pendingEssays, List<ItemView> items) {

    public static SessionView of(QuizSession session) {
        Summary summary = Summary.of(session);
        return new SessionView(session.id, session.studentId, session.mode, session.status, session.topics, session.startedAt,
                session.timeLimitSeconds, session.deadline, summary.secondsRemaining(), session.completedAt,
                summary.itemCount(), summary.answeredCount(), summary.score(), summary.maxScore(), summary.pendingEssays(),
                session.items.stream().map(ItemView::of).toList());
    }

    /** A session in a list: no items. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(UUID id, String studentId, SessionMode mode, SessionStatus status, List<SessionTopic> topics, Instant startedAt,
            Instant deadline, Long secondsRemaining, Instant completedAt, int itemCount, int answeredCount, Double score,
            Double maxScore, Integer pendingEssays) {

        public static Summary of(QuizSession session) {
            int answered = (int) session.items.stream().filter(i -> i.state != ItemState.UNANSWERED).count();
            Long remaining = session.status == SessionStatus.ACTIVE && session.deadline != null
                    ? Math.max(0, Duration.between(Instant.now(), session.deadline).toSeconds())
                    : null;
            boolean scored = session.status.completed();
            return new Summary(session.id, session.studentId, session.mode, session.status, session.topics, session.startedAt,
                    session.deadline, remaining, session.completedAt, session.items.size(), answered,
                    scored ? session.score : null, scored ? session.maxScore : null,
                    scored ? session.pendingEssays : null);
        }
    }
}
