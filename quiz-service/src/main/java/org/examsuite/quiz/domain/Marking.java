package org.examsuite.quiz.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.examsuite.events.content.ChoiceOption;
import org.examsuite.events.content.ClozeGap;
import org.examsuite.events.content.MatchPair;
import org.examsuite.events.content.OrderingItem;
import org.examsuite.events.content.RecallQuestion;

/**
 * Marks an answer to a recall question. Every recall question is worth 1 mark; partial credit is a
 * fraction of it:
 * <ul>
 * <li>SINGLE_CHOICE and TRUE_FALSE: 1 when right, else 0.</li>
 * <li>MULTIPLE_CHOICE: (correct options chosen − wrong options chosen) / correct options, never
 * below 0: each wrong tick cancels a right one, so ticking every option is no way to full marks.</li>
 * <li>SHORT_ANSWER: 1 when {@link TextAnswers} accepts it (normalised, a variant, or a typo), else 0.</li>
 * <li>ORDERING: (L − 1) / (n − 1), where L is the length of the longest run of items that stand in
 * the right order relative to each other (longest increasing subsequence) and n the number of items:
 * the correct order scores 1, one item misplaced loses about one item's share, a reversed list scores 0.</li>
 * <li>MATCHING: right pairs / pairs.</li>
 * <li>CLOZE: right gaps / gaps, each gap judged as a case-insensitive short answer.</li>
 * </ul>
 * Answers are expected in a valid shape ({@link AnswerShapes}); the parts of a {@link Mark} use the
 * ids the client sees.
 */
public final class Marking {

    public static final double MARKS_PER_QUESTION = 1.0;

    private Marking() {
    }

    public static Mark mark(RecallQuestion question, Answer answer, ItemLayout layout) {
        if (question instanceof RecallQuestion.SingleChoice q) {
            return singleChoice(q, answer.optionId());
        }
        if (question instanceof RecallQuestion.MultipleChoice q) {
            return multipleChoice(q, Set.copyOf(answer.optionIds()));
        }
        if (question instanceof RecallQuestion.TrueFalse q) {
            return trueFalse(q, answer.value());
        }
        if (question instanceof RecallQuestion.ShortAnswer q) {
            return shortAnswer(q, answer.text());
        }
        if (question instanceof RecallQuestion.Ordering q) {
            return ordering(q, answer.order());
        }
        if (question instanceof RecallQuestion.Matching q) {
            Map<String, String> byPair = new LinkedHashMap<>();
            answer.matches().forEach((left, rightLabel) ->
                    byPair.put(left, layout.pairOfRightLabel(rightLabel).orElse(null)));
            return matching(q, byPair);
        }
        RecallQuestion.Cloze q = (RecallQuestion.Cloze) question;
        Map<Integer, String> gaps = answer.gaps().entrySet().stream()
                .collect(Collectors.toMap(e -> Integer.parseInt(e.getKey()), Map.Entry::getValue));
        return cloze(q, gaps);
    }

    /** The correct answer, in the shape and with the ids the client answers with. */
    public static Answer key(RecallQuestion question, ItemLayout layout) {
        if (question instanceof RecallQuestion.SingleChoice q) {
            return Answer.optionId(q.options().stream().filter(ChoiceOption::correct).findFirst()
                    .map(ChoiceOption::id).orElse(null));
        }
        if (question instanceof RecallQuestion.MultipleChoice q) {
            Set<String> correct = q.options().stream().filter(ChoiceOption::correct).map(ChoiceOption::id)
                    .collect(Collectors.toSet());
            return Answer.optionIds(layout.optionOrder().stream().filter(correct::contains).toList());
        }
        if (question instanceof RecallQuestion.TrueFalse q) {
            return Answer.value(q.answer());
        }
        if (question instanceof RecallQuestion.ShortAnswer q) {
            return Answer.text(q.acceptedAnswers().get(0));
        }
        if (question instanceof RecallQuestion.Ordering q) {
            return Answer.order(q.itemsInOrder().stream().map(OrderingItem::id).toList());
        }
        if (question instanceof RecallQuestion.Matching q) {
            Map<String, String> matches = new LinkedHashMap<>();
            layout.leftOrder().forEach(pairId -> matches.put(pairId, layout.rightLabel(pairId)));
            return Answer.matches(matches);
        }
        RecallQuestion.Cloze q = (RecallQuestion.Cloze) question;
        Map<String, String> gaps = new LinkedHashMap<>();
        q.gaps().forEach(gap -> gaps.put(String.valueOf(gap.number()), gap.acceptedAnswers().get(0)));
        return Answer.gaps(gaps);
    }

    public static Mark singleChoice(RecallQuestion.SingleChoice q, String optionId) {
        boolean right = q.options().stream().anyMatch(o -> o.correct() && o.id().equals(optionId));
        return new Mark(right ? MARKS_PER_QUESTION : 0, MARKS_PER_QUESTION, Map.of(optionId, right), null);
    }

    public static Mark multipleChoice(RecallQuestion.MultipleChoice q, Set<String> chosen) {
        long correctOptions = q.options().stream().filter(ChoiceOption::correct).count();
        long rightChosen = q.options().stream().filter(o -> o.correct() && chosen.contains(o.id())).count();
        long wrongChosen = q.options().stream().filter(o -> !o.correct() && chosen.contains(o.id())).count();
        double score = correctOptions == 0 ? 0 : Math.max(0, rightChosen - wrongChosen) / (double) correctOptions;
        Map<String, Boolean> parts = new LinkedHashMap<>();
        q.options().forEach(o -> parts.put(o.id(), o.correct() == chosen.contains(o.id())));
        return new Mark(score * MARKS_PER_QUESTION, MARKS_PER_QUESTION, parts, null);
    }

    public static Mark trueFalse(RecallQuestion.TrueFalse q, boolean value) {
        return new Mark(q.answer() == value ? MARKS_PER_QUESTION : 0, MARKS_PER_QUESTION, Map.of(), null);
    }

    public static Mark shortAnswer(RecallQuestion.ShortAnswer q, String text) {
        TextMatch match = TextAnswers.match(text, q.acceptedAnswers(), q.caseSensitive());
        return new Mark(match.accepted() ? MARKS_PER_QUESTION : 0, MARKS_PER_QUESTION, Map.of(), match);
    }

    public static Mark ordering(RecallQuestion.Ordering q, List<String> order) {
        List<String> correct = q.itemsInOrder().stream().map(OrderingItem::id).toList();
        int[] ranks = order.stream().mapToInt(correct::indexOf).toArray();
        Set<Integer> inPlace = longestIncreasingRun(ranks);
        int n = correct.size();
        double score = n <= 1 ? MARKS_PER_QUESTION : (inPlace.size() - 1) / (double) (n - 1) * MARKS_PER_QUESTION;
        Map<String, Boolean> parts = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            parts.put(order.get(i), inPlace.contains(i));
        }
        return new Mark(score, MARKS_PER_QUESTION, parts, null);
    }

    /** {@code matches} maps a left (by pair id) to the pair id of the right chosen for it, or null. */
    public static Mark matching(RecallQuestion.Matching q, Map<String, String> matches) {
        Map<String, Boolean> parts = new LinkedHashMap<>();
        for (MatchPair pair : q.pairs()) {
            parts.put(pair.id(), pair.id().equals(matches.get(pair.id())));
        }
        long right = parts.values().stream().filter(Boolean::booleanValue).count();
        return new Mark(right / (double) q.pairs().size() * MARKS_PER_QUESTION, MARKS_PER_QUESTION, parts, null);
    }

    public static Mark cloze(RecallQuestion.Cloze q, Map<Integer, String> gaps) {
        Map<String, Boolean> parts = new LinkedHashMap<>();
        for (ClozeGap gap : q.gaps()) {
            parts.put(String.valueOf(gap.number()),
                    TextAnswers.match(gaps.get(gap.number()), gap.acceptedAnswers(), false).accepted());
        }
        long right = parts.values().stream().filter(Boolean::booleanValue).count();
        return new Mark(right / (double) q.gaps().size() * MARKS_PER_QUESTION, MARKS_PER_QUESTION, parts, null);
    }

    /** Positions (in {@code ranks}) of one longest strictly increasing subsequence. */
    private static Set<Integer> longestIncreasingRun(int[] ranks) {
        int n = ranks.length;
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (ranks[j] < ranks[i] && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        List<Integer> run = new ArrayList<>();
        for (int i = best; i >= 0; i = previous[i]) {
            run.add(i);
        }
        return new HashSet<>(run);
    }
}
