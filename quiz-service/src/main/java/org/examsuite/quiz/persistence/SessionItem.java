package org.examsuite.quiz.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.content.RecallQuestion;
import org.examsuite.events.grading.CriterionGrade;
import org.examsuite.events.grading.Grader;
import org.examsuite.events.quiz.EssayPlan;
import org.examsuite.quiz.domain.Answer;
import org.examsuite.quiz.domain.ItemKind;
import org.examsuite.quiz.domain.ItemLayout;
import org.examsuite.quiz.domain.ItemState;
import org.examsuite.quiz.domain.Mark;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One question of a session with the student's answer and its marking. Its own {@code @Version}
 * makes two answers racing for the same item conflict, while answers to different items of one
 * session do not.
 * <p>
 * Every JSON column holds a record or an unmodifiable list that the code replaces whole and never
 * changes in place, so each is declared immutable: Hibernate then neither deep-copies it on load
 * nor dirty-checks it on flush, both of which it does by writing and parsing the JSON again (a
 * session read twice over for every poll of the essay-flow benchmark).
 */
@Entity
@Table(name = "session_item")
public class SessionItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    public QuizSession session;

    public int position;

    @Enumerated(EnumType.STRING)
    public ItemKind kind;

    @Column(name = "topic_id")
    public UUID topicId;

    @Column(name = "topic_version")
    public int topicVersion;

    @Column(name = "question_id")
    public UUID questionId;

    @Column(name = "section_id")
    public UUID sectionId;

    @Column(name = "section_title")
    public String sectionTitle;

    /**
     * The recall question with its key, as the session's topic version had it; null for an essay.
     * Written once: declared immutable so that Hibernate neither copies nor dirty-checks it.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public RecallQuestion question;

    /** The essay question (rubric and indicative content included); null for a recall item. Written once. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public EssayQuestion essay;

    @Enumerated(EnumType.STRING)
    public ItemState state;

    /** The latest answer. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Answer answer;

    /** The marking of the latest answer. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Mark mark;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public int attempts;

    /** The marks this item counts for in the session's score; null until marked or graded. */
    public Double score;

    @Column(name = "max_score")
    public double maxScore;

    @Column(name = "plan_id")
    public UUID planId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public EssayPlan plan;

    @Column(name = "plan_submitted_at")
    public Instant planSubmittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "graded_by")
    public Grader gradedBy;

    @Column(name = "graded_at")
    public Instant gradedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "grade_criteria")
    @Mutability(Immutability.class)
    public List<CriterionGrade> gradeCriteria = new ArrayList<>();

    @Version
    public long version;

    public ItemLayout layout() {
        return question == null ? null : ItemLayout.of(question, session.seed, position);
    }

    /** The session holding the essay item whose plan has this id, or null. */
    public static UUID sessionOfPlan(UUID planId) {
        return getEntityManager().createQuery("select i.session.id from SessionItem i where i.planId = ?1", UUID.class)
                .setParameter(1, planId).getResultStream().findFirst().orElse(null);
    }
}
