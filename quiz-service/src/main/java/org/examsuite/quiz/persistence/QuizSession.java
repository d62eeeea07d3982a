package org.examsuite.quiz.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.examsuite.events.content.QuestionType;
import org.examsuite.quiz.domain.SessionMode;
import org.examsuite.quiz.domain.SessionStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A student's session. Its JSON columns are replaced whole, never changed in place (see {@link SessionItem}). */
@Entity
@Table(name = "quiz_session")
public class QuizSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "student_id")
    public String studentId;

    @Enumerated(EnumType.STRING)
    public SessionMode mode;

    @Enumerated(EnumType.STRING)
    public SessionStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<SessionTopic> topics = new ArrayList<>();

    /** Drives the draw and every item's layout, so the session can be rebuilt exactly. */
    public long seed;

    @Column(name = "question_count")
    public int questionCount;

    /** Empty means every recall type. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "question_types")
    @Mutability(Immutability.class)
    public List<QuestionType> questionTypes = new ArrayList<>();

    @Column(name = "include_essay")
    public boolean includeEssay;

    @Column(name = "time_limit_seconds")
    public Integer timeLimitSeconds;

    @Column(name = "started_at")
    public Instant startedAt;

    public Instant deadline;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** Set when the session completes and kept up to date as essay grades arrive. */
    public Double score;

    @Column(name = "max_score")
    public Double maxScore;

    @Column(name = "pending_essays")
    public int pendingEssays;

    @Version
    public long version;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SessionItem> items = new ArrayList<>();

    public boolean overdue(Instant now) {
        return status == SessionStatus.ACTIVE && deadline != null && !now.isBefore(deadline);
    }

    public List<UUID> topicIds() {
        return topics.stream().map(SessionTopic::topicId).toList();
    }

    /** Sessions of a student that are ACTIVE and past their deadline. */
    public static List<UUID> overdueOf(String studentId, Instant now) {
        return getEntityManager().createQuery(
                "select s.id from QuizSession s where s.studentId = ?1 and s.status = ?2 and s.deadline <= ?3", UUID.class)
                .setParameter(1, studentId).setParameter(2, SessionStatus.ACTIVE).setParameter(3, now).getResultList();
    }

    public static List<UUID> overdue(Instant now, int limit) {
        return getEntityManager().createQuery(
                "select s.id from QuizSession s where s.status = ?1 and s.deadline <= ?2 order by s.deadline", UUID.class)
                .setParameter(1, SessionStatus.ACTIVE).setParameter(2, now).setMaxResults(limit).getResultList();
    }
}
