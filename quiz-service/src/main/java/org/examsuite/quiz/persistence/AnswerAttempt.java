package org.examsuite.quiz.persistence;

import java.time.Instant;
import java.util.UUID;

import org.examsuite.quiz.domain.Answer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answer given to an item, kept even when a later answer replaces it; written once. */
@Entity
@Table(name = "answer_attempt")
public class AnswerAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "item_id")
    public UUID itemId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Answer answer;

    public double score;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public static AnswerAttempt of(UUID itemId, Answer answer, double score, Instant answeredAt) {
        AnswerAttempt attempt = new AnswerAttempt();
        attempt.itemId = itemId;
        attempt.answer = answer;
        attempt.score = score;
        attempt.answeredAt = answeredAt;
        return attempt;
    }
}
