package org.examsuite.content.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.examsuite.content.domain.TopicStatus;
import org.examsuite.events.content.QualificationLevel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A topic's working draft; its published versions are frozen in {@link TopicVersion}. */
@Entity
@Table(name = "topic")
public class Topic extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Stable key from a content pack, so that re-importing the pack updates instead of duplicating. */
    @Column(name = "pack_key", unique = true)
    public String packKey;

    public String subject;
    public String chapter;
    public String code;
    public String title;

    @Column(name = "key_question")
    public String keyQuestion;

    @ElementCollection
    @CollectionTable(name = "topic_level", joinColumns = @JoinColumn(name = "topic_id"))
    @Column(name = "level")
    @Enumerated(EnumType.STRING)
    public Set<QualificationLevel> levels = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "topic_board", joinColumns = @JoinColumn(name = "topic_id"))
    @Column(name = "board")
    public Set<String> boards = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    public TopicStatus status;

    /** 0 until the first publication. */
    @Column(name = "published_version")
    public int publishedVersion;

    /** The draft differs from the latest published version. */
    @Column(name = "unpublished_changes")
    public boolean unpublishedChanges;

    @Version
    public long revision;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @OneToMany(mappedBy = "topic", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<NoteSection> sections = new ArrayList<>();

    @OneToMany(mappedBy = "topic", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<RecallQuestionEntity> questions = new ArrayList<>();

    @OneToMany(mappedBy = "topic", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<EssayQuestionEntity> essayQuestions = new ArrayList<>();

    public static Topic findByPackKey(String packKey) {
        return find("packKey", packKey).firstResult();
    }

    /** Records that the draft was edited. */
    public void touch() {
        updatedAt = Instant.now();
        if (publishedVersion > 0) {
            unpublishedChanges = true;
        }
    }
}
