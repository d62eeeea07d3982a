package org.examsuite.quiz.domain;

import java.time.Instant;
import java.util.UUID;

import org.examsuite.events.EventType;
import org.examsuite.events.privacy.StudentErasureRequestedV1;
import org.examsuite.platform.events.EventPublisher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A data-protection erasure of one student: deletes everything quiz-service keeps keyed by the
 * student (sessions with their items, answers and essay plans, and review cards; progress is
 * computed from the sessions) and emits {@code StudentErasureRequested} in the same transaction, so
 * that the other services delete theirs if and only if quiz's deletion commits. Erasing a student
 * with nothing left deletes nothing and emits again, so a request can simply be repeated.
 */
@ApplicationScoped
public class StudentErasure {

    @Inject
    EventPublisher events;

    @Inject
    EntityManager em;

    public record Erased(String studentId, int sessions, int reviewCards, UUID eventId, Instant requestedAt) {
    }

    @Transactional
    public Erased erase(String studentId, String requestedBy) {
        // Take the student's session rows first, so answers, plans and grades in flight wait for the
        // erasure (or conflict) instead of writing into rows that are being deleted.
        em.createQuery("select s.id from QuizSession s where s.studentId = ?1", UUID.class).setParameter(1, studentId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
        em.createQuery("delete from AnswerAttempt a where a.itemId in "
                + "(select i.id from SessionItem i where i.session.studentId = ?1)").setParameter(1, studentId).executeUpdate();
        em.createQuery("delete from SessionItem i where i.session.id in "
                + "(select s.id from QuizSession s where s.studentId = ?1)").setParameter(1, studentId).executeUpdate();
        int sessions = em.createQuery("delete from QuizSession s where s.studentId = ?1").setParameter(1, studentId)
                .executeUpdate();
        int cards = em.createQuery("delete from ReviewCard c where c.key.studentId = ?1").setParameter(1, studentId)
                .executeUpdate();
        Instant now = Instant.now();
        UUID eventId = events.publish(EventType.STUDENT_ERASURE_REQUESTED_V1, studentId,
                new StudentErasureRequestedV1(studentId, requestedBy, now));
        return new Erased(studentId, sessions, cards, eventId, now);
    }
}
