package org.examsuite.quiz.persistence;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.examsuite.events.content.QualificationLevel;
import org.examsuite.events.content.TopicPublishedV1;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A topic of the catalog as its latest known version shows it, and whether it is retracted. */
@Entity
@Table(name = "catalog_topic")
public class CatalogTopic extends PanacheEntityBase {

    @Id
    @Column(name = "topic_id")
    public UUID topicId;

    /** 0 while only a retraction has been seen. */
    @Column(name = "latest_version")
    public int latestVersion;

    public String subject;
    public String chapter;
    public String code;
    public String title;

    @Column(name = "key_question")
    public String keyQuestion;

    @ElementCollection
    @CollectionTable(name = "catalog_topic_level", joinColumns = @JoinColumn(name = "topic_id"))
    @Column(name = "level")
    @Enumerated(EnumType.STRING)
    public Set<QualificationLevel> levels = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "catalog_topic_board", joinColumns = @JoinColumn(name = "topic_id"))
    @Column(name = "board")
    public Set<String> boards = new LinkedHashSet<>();

    @Column(name = "section_count")
    public int sectionCount;

    @Column(name = "question_count")
    public int questionCount;

    @Column(name = "essay_question_count")
    public int essayQuestionCount;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** The highest version a TopicRetracted named; null if never retracted. */
    @Column(name = "retracted_version")
    public Integer retractedVersion;

    @Column(name = "retracted_at")
    public Instant retractedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static CatalogTopic empty(UUID topicId) {
        CatalogTopic topic = new CatalogTopic();
        topic.topicId = topicId;
        topic.updatedAt = Instant.now();
        return topic;
    }

    /** Open for new sessions: published, and not retracted since its latest version. */
    public boolean available() {
        return latestVersion > 0 && (retractedVersion == null || retractedVersion < latestVersion);
    }

    public void show(TopicPublishedV1 snapshot) {
        latestVersion = snapshot.version();
        subject = snapshot.subject();
        chapter = snapshot.chapter();
        code = snapshot.code();
        title = snapshot.title();
        keyQuestion = snapshot.keyQuestion();
        levels.clear();
        if (snapshot.levels() != null) {
            levels.addAll(snapshot.levels());
        }
        boards.clear();
        if (snapshot.boards() != null) {
            boards.addAll(snapshot.boards());
        }
        sectionCount = snapshot.sections().size();
        questionCount = snapshot.questions().size();
        essayQuestionCount = snapshot.essayQuestions().size();
        publishedAt = snapshot.publishedAt();
        updatedAt = Instant.now();
    }
}
