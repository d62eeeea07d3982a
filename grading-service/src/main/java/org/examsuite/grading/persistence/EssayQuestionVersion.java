package org.examsuite.grading.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.examsuite.platform.persistence.VersionKey;
import org.examsuite.events.content.EssayQuestion;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One published version of an essay question (the topic version that carried it), with its rubric
 * and indicative content exactly as published. Never changed once stored (hence its immutable JSON
 * column): assessments name it.
 */
@Entity
@Table(name = "essay_question_version")
public class EssayQuestionVersion extends PanacheEntityBase {

    @EmbeddedId
    @AttributeOverride(name = "id", column = @Column(name = "question_id"))
    public VersionKey key;

    @Column(name = "topic_id")
    public UUID topicId;

    @Column(name = "topic_title")
    public String topicTitle;

    @Column(name = "rubric_id")
    public UUID rubricId;

    @Column(name = "rubric_version")
    public int rubricVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public EssayQuestion question;

    @Column(name = "published_at")
    public Instant publishedAt;

    public static Optional<EssayQuestionVersion> find(UUID questionId, int version) {
        return findByIdOptional(new VersionKey(questionId, version));
    }
}
