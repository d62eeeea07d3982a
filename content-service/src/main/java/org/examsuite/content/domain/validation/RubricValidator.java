package org.examsuite.content.domain.validation;

import java.util.HashSet;
import java.util.List;

import org.examsuite.content.domain.RubricDraft;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Per criterion: levels numbered 1..n from the lowest; bands ascending, non-overlapping and
 * without gaps, each with min ≤ max, the first from 0 or 1 and the last ending at the criterion's
 * maximum. Criterion keys are unique.
 */
public class RubricValidator implements ConstraintValidator<ValidRubric, RubricDraft> {

    @Override
    public boolean isValid(RubricDraft rubric, ConstraintValidatorContext context) {
        if (rubric == null || rubric.criteria() == null) {
            return true;
        }
        QuestionValidator.Violations violations = new QuestionValidator.Violations(context);
        List<String> keys = rubric.criteria().stream().filter(c -> c != null).map(RubricDraft.Criterion::key).toList();
        violations.requireThat(new HashSet<>(keys).size() == keys.size(), "criteria", "criterion keys must be unique");
        for (int c = 0; c < rubric.criteria().size(); c++) {
            RubricDraft.Criterion criterion = rubric.criteria().get(c);
            if (criterion == null || criterion.levels() == null || criterion.levels().contains(null)) {
                continue;
            }
            checkBands(criterion, "criteria[" + c + "].levels", violations);
        }
        return violations.none();
    }

    private static void checkBands(RubricDraft.Criterion criterion, String field, QuestionValidator.Violations violations) {
        List<RubricDraft.Level> levels = criterion.levels();
        for (int i = 0; i < levels.size(); i++) {
            RubricDraft.Level level = levels.get(i);
            if (!violations.requireThat(level.level() == i + 1, field, "levels must be numbered 1.." + levels.size() + " from the lowest")
                    || !violations.requireThat(level.minMark() <= level.maxMark(), field,
                            "level " + level.level() + " has a band whose minimum exceeds its maximum")) {
                return;
            }
            if (i == 0) {
                if (!violations.requireThat(level.minMark() <= 1, field, "the lowest band must start at 0 or 1")) {
                    return;
                }
            } else if (!violations.requireThat(level.minMark() == levels.get(i - 1).maxMark() + 1, field,
                    "band of level " + level.level() + " must start right after level " + (i) + "'s band (no gap, no overlap)")) {
                return;
            }
        }
        violations.requireThat(levels.get(levels.size() - 1).maxMark() == criterion.maxMarks(), field,
                "the top band must end at the criterion's maximum of " + criterion.maxMarks());
    }
}
