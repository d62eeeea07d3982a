package org.examsuite.quiz.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.examsuite.quiz.persistence.ReviewCard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Keeps each student's {@link Leitner} boxes: every marked answer moves its question's card. */
@ApplicationScoped
public class ReviewSchedule {

    @Inject
    EntityManager em;

    /**
     * Records a review of a question; the card is created on first sight (two sessions may race to do so).
     * {@code on conflict do nothing} is PostgreSQL's, and H2 2.x runs it too in PostgreSQL mode (the embedded database).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String studentId, UUID topicId, UUID questionId, boolean fullMarks, Instant reviewedAt) {
        em.createNativeQuery("""
                insert into review_card (student_id, question_id, topic_id, box, due_at, last_reviewed_at, reviews)
                values (?1, ?2, ?3, 0, ?4, ?4, 0) on conflict do nothing""")
                .setParameter(1, studentId).setParameter(2, questionId).setParameter(3, topicId)
                .setParameter(4, reviewedAt)
                .executeUpdate();
        ReviewCard card = em.find(ReviewCard.class, new ReviewCard.Key(studentId, questionId),
                LockModeType.PESSIMISTIC_WRITE);
        card.topicId = topicId;
        card.box = Leitner.nextBox(card.box, fullMarks);
        card.dueAt = Leitner.dueAt(card.box, reviewedAt);
        card.lastReviewedAt = reviewedAt;
        card.reviews++;
    }

    /** The questions of these topics that are due for the student at {@code now}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> due(String studentId, Collection<UUID> topicIds, Instant now) {
        return ReviewCard.<ReviewCard>list("key.studentId = ?1 and topicId in ?2 and dueAt <= ?3", studentId, topicIds, now)
                .stream().map(card -> card.key.questionId).collect(Collectors.toSet());
    }
}
