package org.examsuite.quiz.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.examsuite.events.grading.AssessmentGradedV1;
import org.examsuite.events.grading.AssessmentModeratedV1;
import org.examsuite.events.grading.CriterionGrade;
import org.examsuite.events.grading.Grader;
import org.examsuite.platform.events.IncomingEvent;
import org.examsuite.platform.events.PoisonEventException;
import org.examsuite.quiz.persistence.QuizSession;
import org.examsuite.quiz.persistence.SessionItem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Folds grading-service's marks into essay items: the assessment id is the plan id quiz-service
 * gave the plan. A student's self-grade (AssessmentGraded) marks the item GRADED; a teacher's
 * moderation (AssessmentModerated) replaces it and is never replaced by a later self-grade; among
 * grades by the same kind of grader the most recent wins. A completed session's score is updated
 * with the grade. Assessments of plans submitted to grading-service directly concern no session
 * here and are ignored.
 */
@ApplicationScoped
public class EssayGrades {

    @Inject
    Sessions sessions;

    @Inject
    EntityManager em;

    private record Grade(UUID assessmentId, String studentId, Grader gradedBy, int mark, int maxMarks,
            List<CriterionGrade> criteria, Instant at) {
    }

    @Transactional
    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case ASSESSMENT_GRADED_V1 -> {
                AssessmentGradedV1 graded = event.payloadAs(AssessmentGradedV1.class);
                apply(new Grade(graded.assessmentId(), graded.studentId(), Grader.SELF, graded.mark(), graded.maxMarks(),
                        graded.criteria(), graded.gradedAt()));
            }
            case ASSESSMENT_MODERATED_V1 -> {
                AssessmentModeratedV1 moderated = event.payloadAs(AssessmentModeratedV1.class);
                apply(new Grade(moderated.assessmentId(), moderated.studentId(), Grader.TEACHER, moderated.mark(),
                        moderated.maxMarks(), moderated.criteria(), moderated.moderatedAt()));
            }
            default -> throw new PoisonEventException("Essay grading does not take " + event.type().ceType());
        }
    }

    private void apply(Grade grade) {
        if (grade.assessmentId() == null || grade.maxMarks() < 1 || grade.mark() < 0 || grade.mark() > grade.maxMarks()) {
            throw new PoisonEventException("A grade needs an assessment id and a mark between 0 and its maxMarks");
        }
        UUID sessionId = SessionItem.sessionOfPlan(grade.assessmentId());
        if (sessionId == null) {
            return;
        }
        QuizSession session = em.find(QuizSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        SessionItem found = session.items.stream().filter(i -> grade.assessmentId().equals(i.planId)).findFirst().orElseThrow();
        if (!session.studentId.equals(grade.studentId())) {
            throw new PoisonEventException("Assessment " + grade.assessmentId() + " names student " + grade.studentId()
                    + " but its plan was handed in by another student");
        }
        if (found.gradedBy == Grader.TEACHER && grade.gradedBy() == Grader.SELF) {
            return;
        }
        if (found.gradedBy == grade.gradedBy() && found.gradedAt != null && grade.at() != null
                && grade.at().isBefore(found.gradedAt)) {
            return;
        }
        found.state = ItemState.GRADED;
        found.score = (double) grade.mark();
        found.maxScore = grade.maxMarks();
        found.gradedBy = grade.gradedBy();
        found.gradedAt = grade.at();
        found.gradeCriteria = grade.criteria() == null ? List.of() : List.copyOf(grade.criteria());
        if (session.status.completed()) {
            sessions.rescore(session);
        }
    }
}
