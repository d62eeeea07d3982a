package org.examsuite.content.banks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.examsuite.content.domain.QuestionDraft;
import org.examsuite.events.content.QuestionType;

/** Question drafts as the bank readers make them (without a key: it is given when the question is placed). */
final class Drafts {

    private Drafts() {
    }

    /** An answer option as read from a bank, with its credit in percent (Moodle's fraction × 100). */
    record Choice(String text, double percent, String feedback) {
    }

    static QuestionDraft choice(QuestionType type, String prompt, String explanation, List<QuestionDraft.Option> options) {
        return new QuestionDraft(null, type, prompt, explanation, null, null, options, null, null, null, null, null, null, null);
    }

    static QuestionDraft trueFalse(String prompt, String explanation, boolean answer) {
        return new QuestionDraft(null, QuestionType.TRUE_FALSE, prompt, explanation, null, null, null, answer, null, null, null, null, null, null);
    }

    static QuestionDraft shortAnswer(String prompt, String explanation, List<String> accepted, boolean caseSensitive) {
        return new QuestionDraft(null, QuestionType.SHORT_ANSWER, prompt, explanation, null, null, null, null,
                List.copyOf(accepted), caseSensitive, null, null, null, null);
    }

    static QuestionDraft ordering(String prompt, String explanation, List<String> itemsInOrder) {
        List<String> keys = keys(itemsInOrder);
        List<QuestionDraft.Item> items = new ArrayList<>();
        for (int i = 0; i < itemsInOrder.size(); i++) {
            items.add(new QuestionDraft.Item(keys.get(i), itemsInOrder.get(i)));
        }
        return new QuestionDraft(null, QuestionType.ORDERING, prompt, explanation, null, null, null, null, null, null, items, null, null, null);
    }

    static QuestionDraft matching(String prompt, String explanation, List<String[]> leftRight) {
        List<String> keys = keys(leftRight.stream().map(p -> p[0]).toList());
        List<QuestionDraft.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < leftRight.size(); i++) {
            pairs.add(new QuestionDraft.Pair(keys.get(i), leftRight.get(i)[0], leftRight.get(i)[1]));
        }
        return new QuestionDraft(null, QuestionType.MATCHING, prompt, explanation, null, null, null, null, null, null, null, pairs, null, null);
    }

    static QuestionDraft cloze(String prompt, String explanation, String text, List<List<String>> gaps) {
        List<QuestionDraft.Gap> drafts = new ArrayList<>();
        for (int i = 0; i < gaps.size(); i++) {
            drafts.add(new QuestionDraft.Gap(i + 1, List.copyOf(gaps.get(i))));
        }
        return new QuestionDraft(null, QuestionType.CLOZE, prompt, explanation, null, null, null, null, null, null, null, null, text, drafts);
    }

    /** Options keyed by their text's slug (keys must not give away which option is right, or the order). */
    static List<QuestionDraft.Option> options(List<Choice> choices, Set<Integer> correct) {
        List<String> keys = keys(choices.stream().map(Choice::text).toList());
        List<QuestionDraft.Option> options = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            options.add(new QuestionDraft.Option(keys.get(i), choices.get(i).text(), correct.contains(i), choices.get(i).feedback()));
        }
        return options;
    }

    /** Distinct keys from texts: the slug of each, with -2, -3… for repeats. */
    static List<String> keys(List<String> texts) {
        Set<String> used = new HashSet<>();
        List<String> keys = new ArrayList<>();
        for (String text : texts) {
            String base = BankText.slug(BankText.visibleText(text), 30, "item");
            String key = base;
            for (int n = 2; !used.add(key); n++) {
                key = base + "-" + n;
            }
            keys.add(key);
        }
        return keys;
    }

    static String percent(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + "%";
    }
}
