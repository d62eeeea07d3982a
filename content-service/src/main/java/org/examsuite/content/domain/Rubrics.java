package org.examsuite.content.domain;

import java.util.UUID;

import org.examsuite.content.persistence.EssayQuestionEntity;
import org.examsuite.content.persistence.RubricEntity;
import org.examsuite.platform.problems.ProblemException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Mark schemes. An edit makes a new version of the rubric; versions already published inside a
 * topic snapshot keep the criteria they had, so a grade always names the scheme it was made with.
 */
@ApplicationScoped
public class Rubrics {

    @Transactional
    public RubricEntity create(RubricDraft draft) {
        if (draft.key() != null && RubricEntity.findByPackKey(draft.key()) != null) {
            throw ProblemException.conflict("A rubric with key " + draft.key() + " exists already");
        }
        RubricEntity rubric = new RubricEntity();
        rubric.id = UUID.randomUUID();
        rubric.packKey = draft.key();
        ContentPacks.applyRubric(rubric, draft);
        return rubric;
    }

    @Transactional
    public RubricEntity update(UUID rubricId, RubricDraft draft) {
        RubricEntity rubric = find(rubricId);
        long usedWithOtherMarks = EssayQuestionEntity.count("rubric = ?1 and marks <> ?2", rubric, draft.maxMarks());
        if (usedWithOtherMarks > 0) {
            throw ProblemException.invalid("criteria", "the criteria total " + draft.maxMarks()
                    + " marks, but " + usedWithOtherMarks + " essay question(s) using this rubric are worth a different total");
        }
        ContentPacks.applyRubric(rubric, draft);
        EssayQuestionEntity.<EssayQuestionEntity>stream("rubric", rubric).forEach(e -> e.topic.touch());
        return rubric;
    }

    @Transactional
    public void delete(UUID rubricId) {
        RubricEntity rubric = find(rubricId);
        if (EssayQuestionEntity.count("rubric", rubric) > 0) {
            throw ProblemException.conflict("Rubric " + rubricId + " is used by essay questions; change them first");
        }
        rubric.delete();
    }

    public static RubricEntity find(UUID rubricId) {
        return RubricEntity.<RubricEntity>findByIdOptional(rubricId).orElseThrow(() -> ProblemException.notFound("Rubric", rubricId));
    }
}
