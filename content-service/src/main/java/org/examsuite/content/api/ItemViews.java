package org.examsuite.content.api;

import java.util.List;
import java.util.UUID;

import org.examsuite.content.domain.QuestionMapping;
import org.examsuite.content.domain.QuestionDraft;
import org.examsuite.content.persistence.EssayQuestionEntity;
import org.examsuite.content.persistence.NoteSection;
import org.examsuite.content.persistence.RecallQuestionEntity;
import org.examsuite.content.persistence.RubricEntity;
import org.examsuite.events.content.CommandWord;
import org.examsuite.events.content.IndicativeFactor;
import org.examsuite.events.content.KeyPoint;
import org.examsuite.events.content.RubricCriterion;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** What the authoring API returns for the items of a topic's draft and for rubrics. */
public final class ItemViews {

    private ItemViews() {
    }

    public record SectionView(UUID id, String key, int position, String title, List<KeyPoint> keyPoints) {
        static SectionView of(NoteSection s) {
            return new SectionView(s.id, s.packKey, s.position, s.title, s.keyPoints);
        }
    }

    /** A question as its author wrote it (answer key included: this is the teachers' view of a draft). */
    public record QuestionView(UUID id, int position, @JsonUnwrapped QuestionDraft question) {
        static QuestionView of(RecallQuestionEntity q) {
            return new QuestionView(q.id, q.position, QuestionMapping.toDraft(q.packKey, q.definition, null, q.sectionId));
        }
    }

    public record EssayQuestionView(UUID id, String key, int position, String prompt, CommandWord commandWord, int marks,
            int suggestedMinutes, String guidance, UUID rubricId, int rubricVersion, List<IndicativeFactor> indicativeContent) {
        static EssayQuestionView of(EssayQuestionEntity e) {
            return new EssayQuestionView(e.id, e.packKey, e.position, e.prompt, e.commandWord, e.marks, e.suggestedMinutes,
                    e.guidance, e.rubric.id, e.rubric.version, e.indicativeContent);
        }
    }

    public record RubricView(UUID id, String key, String name, String description, int version, int maxMarks,
            List<RubricCriterion> criteria) {
        static RubricView of(RubricEntity r) {
            return new RubricView(r.id, r.packKey, r.name, r.description, r.version, r.maxMarks(), r.criteria);
        }
    }
}
