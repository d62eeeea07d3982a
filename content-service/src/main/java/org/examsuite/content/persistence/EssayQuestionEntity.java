package org.examsuite.content.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.examsuite.events.content.CommandWord;
import org.examsuite.events.content.IndicativeFactor;
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

@Entity
@Table(name = "essay_question")
public class EssayQuestionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "topic_id")
    public Topic topic;

    public int position;

    @Column(name = "pack_key")
    public String packKey;

    public String prompt;

    @Enumerated(EnumType.STRING)
    @Column(name = "command_word")
    public CommandWord commandWord;

    public int marks;

    @Column(name = "suggested_minutes")
    public int suggestedMinutes;

    public String guidance;

    @ManyToOne(optional = false)
    @JoinColumn(name = "rubric_id")
    public RubricEntity rubric;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "indicative_content")
    public List<IndicativeFactor> indicativeContent = new ArrayList<>();
}
