package org.examsuite.content.domain.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.examsuite.content.domain.QuestionDraft;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks a question against the rules of its type: a single-choice question has exactly one
 * correct option, a multiple-choice question at least two, ordering and matching at least three
 * items, a cloze text exactly the gaps it declares.
 */
public class QuestionValidator implements ConstraintValidator<ValidQuestion, QuestionDraft> {

    static final Pattern GAP = Pattern.compile("\\{\\{(\\d+)}}");

    @Override
    public boolean isValid(QuestionDraft q, ConstraintValidatorContext context) {
        if (q == null || q.type() == null) {
            return true;
        }
        Violations violations = new Violations(context);
        switch (q.type()) {
            case SINGLE_CHOICE -> checkOptions(q, violations, 1, 1, "exactly one option must be correct");
            case MULTIPLE_CHOICE -> checkOptions(q, violations, 2, Integer.MAX_VALUE, "at least two options must be correct");
            case TRUE_FALSE -> violations.requireThat(q.answer() != null, "answer", "is required for a true/false question");
            case SHORT_ANSWER -> violations.requireThat(q.acceptedAnswers() != null && !q.acceptedAnswers().isEmpty(),
                    "acceptedAnswers", "needs at least one accepted answer");
            case ORDERING -> {
                if (violations.requireThat(q.itemsInOrder() != null && q.itemsInOrder().size() >= 3,
                        "itemsInOrder", "needs at least three items")) {
                    violations.requireUnique(q.itemsInOrder().stream().map(QuestionDraft.Item::key).toList(), "itemsInOrder");
                }
            }
            case MATCHING -> {
                if (violations.requireThat(q.pairs() != null && q.pairs().size() >= 3, "pairs", "needs at least three pairs")) {
                    violations.requireUnique(q.pairs().stream().map(QuestionDraft.Pair::key).toList(), "pairs");
                    violations.requireUnique(q.pairs().stream().map(QuestionDraft.Pair::left).toList(), "pairs");
                }
            }
            case CLOZE -> checkCloze(q, violations);
        }
        return violations.none();
    }

    private static void checkOptions(QuestionDraft q, Violations violations, int minCorrect, int maxCorrect, String rule) {
        if (!violations.requireThat(q.options() != null && q.options().size() >= 2, "options", "needs at least two options")) {
            return;
        }
        long correct = q.options().stream().filter(o -> o != null && o.correct()).count();
        violations.requireThat(correct >= minCorrect && correct <= maxCorrect, "options", rule);
        violations.requireUnique(q.options().stream().filter(o -> o != null).map(QuestionDraft.Option::key).toList(), "options");
    }

    private static void checkCloze(QuestionDraft q, Violations violations) {
        if (!violations.requireThat(q.text() != null && !q.text().isBlank(), "text", "is required for a cloze question")
                | !violations.requireThat(q.gaps() != null && !q.gaps().isEmpty(), "gaps", "needs at least one gap")) {
            return;
        }
        Matcher matcher = GAP.matcher(q.text());
        List<Integer> inText = matcher.results().map(r -> Integer.parseInt(r.group(1))).toList();
        Set<Integer> declared = q.gaps().stream().filter(g -> g != null).map(QuestionDraft.Gap::number)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<Integer> expected = new TreeSet<>();
        for (int n = 1; n <= q.gaps().size(); n++) {
            expected.add(n);
        }
        violations.requireThat(declared.equals(expected), "gaps", "must be numbered 1 to " + q.gaps().size());
        violations.requireThat(new HashSet<>(inText).size() == inText.size() && new TreeSet<>(inText).equals(declared),
                "text", "must contain each gap {{n}} of gaps exactly once");
    }

    /** Collects violations on named fields of the validated object. */
    static final class Violations {
        private final ConstraintValidatorContext context;
        private boolean any;

        Violations(ConstraintValidatorContext context) {
            this.context = context;
            context.disableDefaultConstraintViolation();
        }

        boolean requireThat(boolean condition, String field, String message) {
            if (!condition) {
                any = true;
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            }
            return condition;
        }

        void requireUnique(List<String> values, String field) {
            requireThat(new HashSet<>(values).size() == values.size(), field, "has duplicate keys or entries");
        }

        boolean none() {
            return !any;
        }
    }
}
