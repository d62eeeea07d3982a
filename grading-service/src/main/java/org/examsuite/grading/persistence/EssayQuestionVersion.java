package org.examsuite.grading.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.examsuite.events.content.EssayQuestion;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One published version of an essay question (the topic version that carried it), with its rubric
 * and indicative content exactly as published. Never changed once stored: assessments name it.
 */
@Entity
@Table(name = "essay_question_version")
public class EssayQuestionVersion extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "topic_id")
    public UUID topicId;

    @Column(name = "topic_title")
    public String topicTitle;

    @Column(name = "rubric_id")
    public UUID rubricId;

    @Column(name = "rubric_version")
    public int rubricVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    public EssayQuestion question;

    @Column(name = "published_at")
    public Instant publishedAt;

    public static Optional<EssayQuestionVersion> find(UUID questionId, int version) {
        return findByIdOptional(new Key(questionId, version));
    }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "question_id")
        public UUID questionId;
        public int version;

        public Key() {
        }

        public Key(UUID questionId, int version) {
            this.questionId = questionId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && questionId.equals(key.questionId) && version == key.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(questionId, version);
        }
    }
}
