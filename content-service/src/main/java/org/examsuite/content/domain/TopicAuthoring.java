package org.examsuite.content.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.UUID;

import org.examsuite.content.persistence.EssayQuestionEntity;
import org.examsuite.content.persistence.NoteSection;
import org.examsuite.content.persistence.RecallQuestionEntity;
import org.examsuite.content.persistence.RubricEntity;
import org.examsuite.content.persistence.Topic;
import org.examsuite.platform.problems.ProblemException;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Teachers' edits of topic drafts. Published versions are never edited: an edit changes the draft. */
@ApplicationScoped
public class TopicAuthoring {

    @Transactional
    public Topic create(TopicDraft draft) {
        if (draft.key() != null && Topic.findByPackKey(draft.key()) != null) {
            throw ProblemException.conflict("A topic with key " + draft.key() + " exists already");
        }
        Topic topic = newTopic(draft.key());
        applyHeader(topic, draft);
        topic.persist();
        return topic;
    }

    @Transactional
    public Topic updateHeader(UUID topicId, TopicDraft draft, Long expectedRevision) {
        Topic topic = find(topicId);
        if (expectedRevision != null && expectedRevision != topic.revision) {
            throw ProblemException.conflict("Topic " + topicId + " is at revision " + topic.revision + ", not " + expectedRevision);
        }
        applyHeader(topic, draft);
        topic.touch();
        return topic;
    }

    /** Deletes a topic that was never published; a published topic is retracted instead, so practice history stays meaningful. */
    @Transactional
    public void delete(UUID topicId) {
        Topic topic = find(topicId);
        if (topic.publishedVersion > 0) {
            throw ProblemException.conflict("Topic " + topicId + " has been published; retract it instead of deleting it");
        }
        topic.delete();
    }

    public static Topic find(UUID topicId) {
        return Topic.<Topic>findByIdOptional(topicId).orElseThrow(() -> ProblemException.notFound("Topic", topicId));
    }

    static Topic newTopic(String key) {
        Topic topic = new Topic();
        topic.id = UUID.randomUUID();
        topic.packKey = key;
        topic.status = TopicStatus.DRAFT;
        topic.createdAt = Instant.now();
        topic.updatedAt = topic.createdAt;
        return topic;
    }

    static void applyHeader(Topic topic, TopicDraft draft) {
        topic.subject = draft.subject().trim();
        topic.chapter = draft.chapter();
        topic.code = draft.code();
        topic.title = draft.title().trim();
        topic.keyQuestion = draft.keyQuestion();
        topic.levels.clear();
        topic.levels.addAll(new LinkedHashSet<>(draft.levels()));
        topic.boards.clear();
        draft.boards().forEach(board -> topic.boards.add(board.trim()));
    }

    static NoteSection newSection(Topic topic, String key) {
        NoteSection section = new NoteSection();
        section.id = UUID.randomUUID();
        section.topic = topic;
        section.packKey = key;
        return section;
    }

    /** Fills the section and, when new, persists it: Hibernate inserts what an entity holds when it is persisted. */
    static void applySection(NoteSection section, SectionDraft draft, int position) {
        section.position = position;
        section.title = draft.title();
        section.keyPoints = ContentPacks.keyPoints(draft);
        persistIfNew(section);
    }

    static void defineQuestion(RecallQuestionEntity question, QuestionDraft draft, UUID sectionId, int position) {
        question.position = position;
        question.define(QuestionMapping.toContract(question.id, draft, sectionId));
        persistIfNew(question);
    }

    static RecallQuestionEntity newQuestion(Topic topic, String key) {
        RecallQuestionEntity question = new RecallQuestionEntity();
        question.id = UUID.randomUUID();
        question.topic = topic;
        question.packKey = key;
        return question;
    }

    static EssayQuestionEntity newEssayQuestion(Topic topic, String key) {
        EssayQuestionEntity essay = new EssayQuestionEntity();
        essay.id = UUID.randomUUID();
        essay.topic = topic;
        essay.packKey = key;
        return essay;
    }

    static void applyEssayQuestion(EssayQuestionEntity essay, EssayQuestionDraft draft, RubricEntity rubric, int position) {
        essay.position = position;
        essay.prompt = draft.prompt();
        essay.commandWord = draft.commandWord();
        essay.marks = draft.marks();
        essay.suggestedMinutes = draft.suggestedMinutes();
        essay.guidance = draft.guidance();
        essay.rubric = rubric;
        essay.indicativeContent = ContentPacks.factors(draft);
        persistIfNew(essay);
    }

    private static void persistIfNew(PanacheEntityBase entity) {
        if (!entity.isPersistent()) {
            entity.persist();
        }
    }
}
