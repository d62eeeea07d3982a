package org.examsuite.quiz.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.examsuite.quiz.persistence.CatalogTopic;
import org.examsuite.quiz.persistence.QuizSession;
import org.examsuite.quiz.persistence.SessionItem;
import org.examsuite.quiz.persistence.SessionTopic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * A student's progress per topic, computed from their completed sessions each time it is asked
 * for, so essay grades that arrive late are always included. A session over several topics counts
 * for each of them with the items drawn from that topic.
 */
@ApplicationScoped
public class ProgressReports {

    public record TopicReport(UUID topicId, String title, Progress.TopicProgress progress) {
    }

    @Transactional
    public List<TopicReport> of(String studentId) {
        List<QuizSession> sessions = QuizSession.list(
                "select distinct s from QuizSession s left join fetch s.items where s.studentId = ?1 and s.status in ?2",
                studentId, List.of(SessionStatus.FINISHED, SessionStatus.EXPIRED));
        Map<UUID, List<Progress.TopicAttempt>> attempts = new LinkedHashMap<>();
        Map<UUID, String> titles = new LinkedHashMap<>();
        sessions.stream().sorted(Comparator.comparing((QuizSession s) -> s.completedAt)).forEach(session -> {
            for (SessionTopic topic : session.topics) {
                List<SessionItem> items = session.items.stream().filter(i -> i.topicId.equals(topic.topicId())).toList();
                if (items.isEmpty()) {
                    continue;
                }
                SessionScores scores = SessionScores.of(items.stream().map(Sessions::scored).toList());
                attempts.computeIfAbsent(topic.topicId(), id -> new ArrayList<>()).add(new Progress.TopicAttempt(
                        session.id, session.mode, session.completedAt, scores.score(), scores.maxScore(), scores.bySection()));
                titles.put(topic.topicId(), topic.title());
            }
        });
        return attempts.entrySet().stream().map(entry -> {
            CatalogTopic current = CatalogTopic.findById(entry.getKey());
            String title = current != null && current.title != null ? current.title : titles.get(entry.getKey());
            return new TopicReport(entry.getKey(), title, Progress.of(entry.getValue()));
        }).sorted(Comparator.comparing((TopicReport r) -> r.progress().lastCompletedAt(),
                Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }
}
