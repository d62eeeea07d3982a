package org.examsuite.content.banks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.examsuite.content.domain.QuestionDraft;
import org.examsuite.events.content.QuestionType;

/**
 * Multiple-choice answers with Moodle's per-answer fractions, as the suite's single- or
 * multiple-choice question. The suite marks choice questions by correct and incorrect options, so a
 * fraction only says whether an option is correct (full credit in a single-answer question, any
 * positive credit in a multiple-answer one); uneven fractions are reported as a note.
 */
final class ChoiceMapping {

    enum Mode {
        /** Moodle single="true" (radio buttons): the best answer is the correct one. */
        SINGLE,
        /** Moodle single="false" (check boxes): every answer with positive credit is correct. */
        MULTIPLE,
        /** GIFT with {@code =} answers: each {@code =} answer is correct; one makes a single-choice question. */
        MARKED
    }

    private ChoiceMapping() {
    }

    static Optional<QuestionDraft> map(List<Drafts.Choice> choices, Mode mode, String prompt, String explanation, List<String> notes) {
        double max = choices.stream().mapToDouble(Drafts.Choice::percent).max().orElse(0);
        if (max <= 0) {
            return Optional.empty();
        }
        Set<Integer> correct = new TreeSet<>();
        QuestionType type;
        switch (mode) {
            case SINGLE, MARKED -> {
                double bar = mode == Mode.MARKED ? 100 : max;
                IntStream.range(0, choices.size()).filter(i -> Math.abs(choices.get(i).percent() - bar) < 1e-6).forEach(correct::add);
                if (correct.size() > 1 && mode == Mode.SINGLE) {
                    return Optional.empty();
                }
                if (correct.isEmpty()) {
                    return map(choices, Mode.MULTIPLE, prompt, explanation, notes);
                }
                for (int i = 0; i < choices.size(); i++) {
                    double p = choices.get(i).percent();
                    if (!correct.contains(i) && p > 0) {
                        notes.add("option '" + BankText.visibleText(choices.get(i).text()) + "' gave " + Drafts.percent(p)
                                + " partial credit; imported as incorrect (choice questions are marked by correct and incorrect options)");
                    }
                }
                type = correct.size() == 1 ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE;
                if (correct.size() > 1) {
                    notes.add(correct.size() + " answers are marked fully correct; imported as a multiple-choice question in which all of them must be chosen");
                }
            }
            default -> {
                IntStream.range(0, choices.size()).filter(i -> choices.get(i).percent() > 0).forEach(correct::add);
                List<Double> positive = new ArrayList<>(correct.stream().map(i -> choices.get(i).percent()).toList());
                if (correct.size() == 1) {
                    type = QuestionType.SINGLE_CHOICE;
                    notes.add("a multiple-answer question with one correct option is imported as a single-choice question");
                } else {
                    type = QuestionType.MULTIPLE_CHOICE;
                    double first = positive.get(0);
                    if (positive.stream().anyMatch(p -> Math.abs(p - first) > 0.01)) {
                        notes.add("uneven fractions (" + String.join(", ", positive.stream().map(Drafts::percent).toList())
                                + ") kept only as correct/incorrect: multiple-choice marking here is by correct and incorrect options");
                    }
                }
            }
        }
        return Optional.of(Drafts.choice(type, prompt, explanation, Drafts.options(choices, correct)));
    }

    /** Why {@link #map} found no mapping. */
    static String reason(List<Drafts.Choice> choices, Mode mode) {
        double max = choices.stream().mapToDouble(Drafts.Choice::percent).max().orElse(0);
        if (max <= 0) {
            return "no answer gives any credit";
        }
        long full = choices.stream().filter(c -> Math.abs(c.percent() - max) < 1e-6).count();
        return full + " answers each give full credit in a single-answer question: either one is right, which a"
                + " single-choice question (exactly one correct option) cannot express";
    }
}
