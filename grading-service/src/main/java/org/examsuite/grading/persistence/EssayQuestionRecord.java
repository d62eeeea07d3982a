package org.examsuite.grading.persistence;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An essay question as it stands now: which of its kept versions is current, and whether the newest topic version still has it. */
@Entity
@Table(name = "essay_question")
public class EssayQuestionRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "topic_id")
    public UUID topicId;

    /** The newest topic version that carried the question; a late older version never lowers it. */
    @Column(name = "current_version")
    public int currentVersion;

    /** Order within the topic, as published. */
    public int position;

    /** False once a newer version of the topic dropped the question. */
    @Column(name = "in_latest_version")
    public boolean inLatestVersion;
}
