package org.examsuite.content.domain;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.examsuite.content.persistence.EssayQuestionEntity;
import org.examsuite.content.persistence.NoteSection;
import org.examsuite.content.persistence.RecallQuestionEntity;
import org.examsuite.content.persistence.RubricEntity;
import org.examsuite.content.persistence.Topic;
import org.examsuite.platform.problems.ProblemException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Teachers' edits of the sections, questions and essay questions of a topic's draft. */
@ApplicationScoped
public class TopicItems {

    @Transactional
    public NoteSection addSection(UUID topicId, SectionDraft draft) {
        Topic topic = TopicAuthoring.find(topicId);
        requireFreeKey(draft.key(), topic.sections.stream().map(s -> s.packKey).toList(), "Section");
        NoteSection section = TopicAuthoring.newSection(topic, draft.key());
        TopicAuthoring.applySection(section, draft, topic.sections.size() + 1);
        topic.sections.add(section);
        topic.touch();
        return section;
    }

    @Transactional
    public NoteSection updateSection(UUID topicId, UUID sectionId, SectionDraft draft) {
        Topic topic = TopicAuthoring.find(topicId);
        NoteSection section = item(topic.sections, s -> s.id.equals(sectionId), "Section", sectionId);
        TopicAuthoring.applySection(section, draft, section.position);
        topic.touch();
        return section;
    }

    @Transactional
    public void deleteSection(UUID topicId, UUID sectionId) {
        Topic topic = TopicAuthoring.find(topicId);
        NoteSection section = item(topic.sections, s -> s.id.equals(sectionId), "Section", sectionId);
        topic.sections.remove(section);
        renumber(topic);
        topic.questions.stream().filter(q -> sectionId.equals(q.sectionId))
                .forEach(q -> q.define(QuestionMapping.toContract(q.id,
                        QuestionMapping.toDraft(q.packKey, q.definition, null, null), null)));
        topic.touch();
    }

    @Transactional
    public RecallQuestionEntity addQuestion(UUID topicId, QuestionDraft draft) {
        Topic topic = TopicAuthoring.find(topicId);
        requireFreeKey(draft.key(), topic.questions.stream().map(q -> q.packKey).toList(), "Question");
        UUID sectionId = sectionOf(topic, draft);
        RecallQuestionEntity question = TopicAuthoring.newQuestion(topic, draft.key());
        TopicAuthoring.defineQuestion(question, draft, sectionId, topic.questions.size() + 1);
        topic.questions.add(question);
        topic.touch();
        return question;
    }

    @Transactional
    public RecallQuestionEntity updateQuestion(UUID topicId, UUID questionId, QuestionDraft draft) {
        Topic topic = TopicAuthoring.find(topicId);
        RecallQuestionEntity question = item(topic.questions, q -> q.id.equals(questionId), "Question", questionId);
        question.define(QuestionMapping.toContract(question.id, draft, sectionOf(topic, draft)));
        topic.touch();
        return question;
    }

    @Transactional
    public void deleteQuestion(UUID topicId, UUID questionId) {
        Topic topic = TopicAuthoring.find(topicId);
        topic.questions.remove(item(topic.questions, q -> q.id.equals(questionId), "Question", questionId));
        renumber(topic);
        topic.touch();
    }

    @Transactional
    public EssayQuestionEntity addEssayQuestion(UUID topicId, EssayQuestionDraft draft) {
        Topic topic = TopicAuthoring.find(topicId);
        requireFreeKey(draft.key(), topic.essayQuestions.stream().map(e -> e.packKey).toList(), "Essay question");
        RubricEntity rubric = rubricFor(draft);
        EssayQuestionEntity essay = TopicAuthoring.newEssayQuestion(topic, draft.key());
        TopicAuthoring.applyEssayQuestion(essay, draft, rubric, topic.essayQuestions.size() + 1);
        topic.essayQuestions.add(essay);
        topic.touch();
        return essay;
    }

    @Transactional
    public EssayQuestionEntity updateEssayQuestion(UUID topicId, UUID essayId, EssayQuestionDraft draft) {
        Topic topic = TopicAuthoring.find(topicId);
        EssayQuestionEntity essay = item(topic.essayQuestions, e -> e.id.equals(essayId), "Essay question", essayId);
        TopicAuthoring.applyEssayQuestion(essay, draft, rubricFor(draft), essay.position);
        topic.touch();
        return essay;
    }

    @Transactional
    public void deleteEssayQuestion(UUID topicId, UUID essayId) {
        Topic topic = TopicAuthoring.find(topicId);
        topic.essayQuestions.remove(item(topic.essayQuestions, e -> e.id.equals(essayId), "Essay question", essayId));
        renumber(topic);
        topic.touch();
    }

    public static <T> T item(List<T> items, Predicate<T> matches, String what, UUID id) {
        return items.stream().filter(matches).findFirst().orElseThrow(() -> ProblemException.notFound(what, id));
    }

    private static void renumber(Topic topic) {
        for (int i = 0; i < topic.sections.size(); i++) {
            topic.sections.get(i).position = i + 1;
        }
        for (int i = 0; i < topic.questions.size(); i++) {
            topic.questions.get(i).position = i + 1;
        }
        for (int i = 0; i < topic.essayQuestions.size(); i++) {
            topic.essayQuestions.get(i).position = i + 1;
        }
    }

    private static void requireFreeKey(String key, List<String> taken, String what) {
        if (key != null && taken.contains(key)) {
            throw ProblemException.conflict(what + " key " + key + " is used in this topic already");
        }
    }

    private static UUID sectionOf(Topic topic, QuestionDraft draft) {
        if (draft.sectionId() != null) {
            return topic.sections.stream().filter(s -> s.id.equals(draft.sectionId())).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("sectionId", "names no section of this topic")).id;
        }
        if (draft.sectionKey() != null) {
            return topic.sections.stream().filter(s -> draft.sectionKey().equals(s.packKey)).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("sectionKey", "names no section of this topic")).id;
        }
        return null;
    }

    private static RubricEntity rubricFor(EssayQuestionDraft draft) {
        RubricEntity rubric;
        if (draft.rubricId() != null) {
            rubric = RubricEntity.<RubricEntity>findByIdOptional(draft.rubricId())
                    .orElseThrow(() -> ProblemException.invalid("rubricId", "names no rubric"));
        } else if (draft.rubricKey() != null) {
            rubric = RubricEntity.findByPackKey(draft.rubricKey());
            if (rubric == null) {
                throw ProblemException.invalid("rubricKey", "names no rubric");
            }
        } else {
            throw ProblemException.invalid("rubricId", "an essay question needs a rubric");
        }
        if (rubric.maxMarks() != draft.marks()) {
            throw ProblemException.invalid("marks", "is " + draft.marks() + " but the rubric's criteria total " + rubric.maxMarks());
        }
        return rubric;
    }
}
