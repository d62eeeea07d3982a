package org.examsuite.quiz.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.examsuite.events.EventType;
import org.examsuite.events.privacy.StudentErasureRequestedV1;
import org.examsuite.platform.events.EventPublisher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * A data-protection erasure of one student: deletes everything quiz-service keeps keyed by the
 * student (sessions with their items, answers and essay plans, and review cards; progress is
 * computed from the sessions), and the relayed outbox rows about those sessions and plans, and emits {@code StudentErasureRequested} in the same transaction, so
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
        List<UUID> sessionIds = em.createQuery("select s.id from QuizSession s where s.studentId = ?1", UUID.class)
                .setParameter(1, studentId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<String> eventKeys = new ArrayList<>(sessionIds.stream().map(UUID::toString).toList());
        eventKeys.addAll(em.createQuery("select i.planId from SessionItem i where i.session.studentId = ?1 and i.planId is not null",
                UUID.class).setParameter(1, studentId).getResultList().stream().map(UUID::toString).toList());
        em.createQuery("delete from AnswerAttempt a where a.itemId in "
                + "(select i.id from SessionItem i where i.session.studentId = ?1)").setParameter(1, studentId).executeUpdate();
        em.createQuery("delete from SessionItem i where i.session.id in "
                + "(select s.id from QuizSession s where s.studentId = ?1)").setParameter(1, studentId).executeUpdate();
        int sessions = em.createQuery("delete from QuizSession s where s.studentId = ?1").setParameter(1, studentId)
                .executeUpdate();
        int cards = em.createQuery("delete from ReviewCard c where c.key.studentId = ?1").setParameter(1, studentId)
                .executeUpdate();
        // The outbox keeps relayed events; those about the student's sessions and plans carry the student's data.
        // Events not yet relayed are left to the relay, which owns them until they are sent.
        for (int from = 0; from < eventKeys.size(); from += 500) {
            em.createQuery("delete from OutboxEvent o where o.publishedAt is not null and o.messageKey in ?1 and o.eventType in ?2")
                    .setParameter(1, eventKeys.subList(from, Math.min(eventKeys.size(), from + 500)))
                    .setParameter(2, List.of(EventType.SESSION_COMPLETED_V1.ceType(), EventType.ESSAY_PLAN_SUBMITTED_V1.ceType()))
                    .executeUpdate();
        }
        Instant now = Instant.now();
        UUID eventId = events.publish(EventType.STUDENT_ERASURE_REQUESTED_V1, studentId,
                new StudentErasureRequestedV1(studentId, requestedBy, now));
        return new Erased(studentId, sessions, cards, eventId, now);
    }
}
