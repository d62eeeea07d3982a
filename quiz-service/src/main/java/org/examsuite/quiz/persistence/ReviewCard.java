package org.examsuite.quiz.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Where a question stands in a student's Leitner boxes. */
@Entity
@Table(name = "review_card")
public class ReviewCard extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "topic_id")
    public UUID topicId;

    public int box;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "last_reviewed_at")
    public Instant lastReviewedAt;

    public int reviews;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "student_id")
        public String studentId;

        @Column(name = "question_id")
        public UUID questionId;

        public Key() {
        }

        public Key(String studentId, UUID questionId) {
            this.studentId = studentId;
            this.questionId = questionId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && studentId.equals(key.studentId) && questionId.equals(key.questionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(studentId, questionId);
        }
    }
}
