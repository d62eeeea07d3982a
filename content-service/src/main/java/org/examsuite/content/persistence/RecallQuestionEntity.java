package org.examsuite.content.persistence;

import java.util.UUID;

import org.examsuite.events.content.QuestionType;
import org.examsuite.events.content.RecallQuestion;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A recall question of a draft. Its type-specific content and answer key are kept as the
 * published contract's own shape ({@link RecallQuestion}), so publishing copies it unchanged.
 */
@Entity
@Table(name = "recall_question")
public class RecallQuestionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "topic_id")
    public Topic topic;

    public int position;

    @Column(name = "pack_key")
    public String packKey;

    @Enumerated(EnumType.STRING)
    public QuestionType type;

    @Column(name = "section_id")
    public UUID sectionId;

    @JdbcTypeCode(SqlTypes.JSON)
    public RecallQuestion definition;

    public void define(RecallQuestion question) {
        this.definition = question;
        this.type = question.type();
        this.sectionId = question.sectionId();
    }
}
