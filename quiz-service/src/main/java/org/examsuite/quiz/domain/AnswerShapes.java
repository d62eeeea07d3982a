package org.examsuite.quiz.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.examsuite.events.content.ChoiceOption;
import org.examsuite.events.content.ClozeGap;
import org.examsuite.events.content.OrderingItem;
import org.examsuite.events.content.RecallQuestion;
import org.examsuite.platform.problems.Problem.FieldError;
import org.examsuite.platform.problems.ProblemException;

/**
 * Checks that an answer has the shape its question type needs before anything is marked or
 * stored: the one field of the type is present, names only ids of this item, and the fields of
 * other types are absent. Each fault names its field, e.g. {@code order} or {@code matches.q3}.
 */
public final class AnswerShapes {

    public static final int MAX_TEXT_LENGTH = 500;

    private static final Map<String, Function<Answer, Object>> FIELDS = fields();

    private AnswerShapes() {
    }

    /** Throws a 400 problem naming every field at fault. */
    public static void requireValid(RecallQuestion question, ItemLayout layout, Answer answer) {
        List<FieldError> errors = check(question, layout, answer);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    public static List<FieldError> check(RecallQuestion question, ItemLayout layout, Answer answer) {
        List<FieldError> errors = new ArrayList<>();
        if (answer == null) {
            errors.add(new FieldError("answer", "is required"));
            return errors;
        }
        String field = fieldOf(question);
        FIELDS.forEach((name, getter) -> {
            if (!name.equals(field) && getter.apply(answer) != null) {
                errors.add(new FieldError(name, "is not used by " + ItemKind.of(question.type()) + " questions; answer with "
                        + field));
            }
        });
        if (FIELDS.get(field).apply(answer) == null) {
            errors.add(new FieldError(field, "is required for " + ItemKind.of(question.type()) + " questions"));
            return errors;
        }
        if (question instanceof RecallQuestion.SingleChoice q) {
            Set<String> ids = q.options().stream().map(ChoiceOption::id).collect(Collectors.toSet());
            if (!ids.contains(answer.optionId())) {
                errors.add(new FieldError(field, "is not an option of this item"));
            }
        } else if (question instanceof RecallQuestion.MultipleChoice q) {
            Set<String> ids = q.options().stream().map(ChoiceOption::id).collect(Collectors.toSet());
            checkIds(answer.optionIds(), ids, field, "an option of this item", errors);
            if (answer.optionIds().isEmpty()) {
                errors.add(new FieldError(field, "must name at least one option"));
            }
        } else if (question instanceof RecallQuestion.ShortAnswer) {
            checkText(answer.text(), field, errors);
        } else if (question instanceof RecallQuestion.Ordering q) {
            Set<String> ids = q.itemsInOrder().stream().map(OrderingItem::id).collect(Collectors.toSet());
            checkIds(answer.order(), ids, field, "an item of this question", errors);
            if (errors.isEmpty() && !new HashSet<>(answer.order()).equals(ids)) {
                errors.add(new FieldError(field, "must list every item of the question exactly once"));
            }
        } else if (question instanceof RecallQuestion.Matching) {
            checkMatches(answer.matches(), layout, field, errors);
        } else if (question instanceof RecallQuestion.Cloze q) {
            checkGaps(answer.gaps(), q, field, errors);
        }
        return errors;
    }

    private static String fieldOf(RecallQuestion question) {
        return switch (question.type()) {
            case SINGLE_CHOICE -> "optionId";
            case MULTIPLE_CHOICE -> "optionIds";
            case TRUE_FALSE -> "value";
            case SHORT_ANSWER -> "text";
            case ORDERING -> "order";
            case MATCHING -> "matches";
            case CLOZE -> "gaps";
        };
    }

    private static void checkIds(List<String> given, Set<String> known, String field, String what, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String id = given.get(i);
            if (!known.contains(id)) {
                errors.add(new FieldError(field + "[" + i + "]", "is not " + what));
            } else if (!seen.add(id)) {
                errors.add(new FieldError(field + "[" + i + "]", "repeats " + id));
            }
        }
    }

    private static void checkText(String text, String field, List<FieldError> errors) {
        if (text.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (text.length() > MAX_TEXT_LENGTH) {
            errors.add(new FieldError(field, "must be at most " + MAX_TEXT_LENGTH + " characters"));
        }
    }

    private static void checkMatches(Map<String, String> matches, ItemLayout layout, String field, List<FieldError> errors) {
        if (matches.isEmpty()) {
            errors.add(new FieldError(field, "must match at least one left item"));
        }
        Set<String> usedRights = new HashSet<>();
        matches.forEach((left, right) -> {
            if (!layout.leftOrder().contains(left)) {
                errors.add(new FieldError(field + "." + left, "is not a left item of this question"));
            } else if (right == null || layout.pairOfRightLabel(right).isEmpty()) {
                errors.add(new FieldError(field + "." + left, "is not a right item of this question"));
            } else if (!usedRights.add(right)) {
                errors.add(new FieldError(field + "." + left, "uses " + right + " a second time"));
            }
        });
    }

    private static void checkGaps(Map<String, String> gaps, RecallQuestion.Cloze q, String field, List<FieldError> errors) {
        Set<String> numbers = q.gaps().stream().map(ClozeGap::number).map(String::valueOf).collect(Collectors.toSet());
        if (gaps.isEmpty()) {
            errors.add(new FieldError(field, "must fill at least one gap"));
        }
        gaps.forEach((number, text) -> {
            if (!numbers.contains(number)) {
                errors.add(new FieldError(field + "." + number, "is not a gap of this text"));
            } else if (text == null) {
                errors.add(new FieldError(field + "." + number, "must be text"));
            } else if (text.length() > MAX_TEXT_LENGTH) {
                errors.add(new FieldError(field + "." + number, "must be at most " + MAX_TEXT_LENGTH + " characters"));
            }
        });
    }

    private static Map<String, Function<Answer, Object>> fields() {
        Map<String, Function<Answer, Object>> fields = new LinkedHashMap<>();
        fields.put("optionId", Answer::optionId);
        fields.put("optionIds", Answer::optionIds);
        fields.put("value", Answer::value);
        fields.put("text", Answer::text);
        fields.put("order", Answer::order);
        fields.put("matches", Answer::matches);
        fields.put("gaps", Answer::gaps);
        return fields;
    }
}
