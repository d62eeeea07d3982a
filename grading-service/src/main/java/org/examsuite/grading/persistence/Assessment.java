package org.examsuite.grading.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.examsuite.events.quiz.EssayPlan;
import org.examsuite.grading.domain.AssessmentStatus;
import org.examsuite.grading.domain.evidence.EvidenceReport;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A plan and what became of it: the evidence checks run on arrival, the student's grade, the
 * teacher's. It names the exact question version (and so the rubric version) it is graded against.
 * The plan and the checks are records written once, so they are declared immutable: Hibernate then
 * neither deep-copies nor dirty-checks them by writing and parsing their JSON again on every read.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "student_id")
    public String studentId;

    @Column(name = "essay_question_id")
    public UUID essayQuestionId;

    @Column(name = "question_version")
    public int questionVersion;

    @Column(name = "topic_id")
    public UUID topicId;

    @Column(name = "rubric_id")
    public UUID rubricId;

    @Column(name = "rubric_version")
    public int rubricVersion;

    /** Set when the plan came from a quiz session. */
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "item_id")
    public UUID itemId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public EssayPlan plan;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public EvidenceReport checks;

    @Enumerated(EnumType.STRING)
    public AssessmentStatus status;

    @Column(name = "max_marks")
    public int maxMarks;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "self_assessed_at")
    public Instant selfAssessedAt;

    @Column(name = "self_mark")
    public Integer selfMark;

    @Column(name = "teacher_id")
    public String teacherId;

    @Column(name = "moderated_at")
    public Instant moderatedAt;

    @Column(name = "teacher_mark")
    public Integer teacherMark;

    @Column(name = "teacher_comment")
    public String teacherComment;

    /** One row per rubric criterion, in rubric order; the columns the calibration figures are computed from. */
    @ElementCollection
    @CollectionTable(name = "assessment_criterion", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    public List<CriterionGrading> criteria = new ArrayList<>();

    /** One row per indicative factor of the question version, covered or not: what the missed-factor report counts. */
    @ElementCollection
    @CollectionTable(name = "assessment_factor", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    public List<FactorOutcome> factors = new ArrayList<>();

    /** Locks the row for a change, so that two grades sent at once cannot both pass the status check. */
    public static Optional<Assessment> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public CriterionGrading criterion(String key) {
        return criteria.stream().filter(c -> c.criterionKey.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No criterion " + key + " on assessment " + id));
    }
}
