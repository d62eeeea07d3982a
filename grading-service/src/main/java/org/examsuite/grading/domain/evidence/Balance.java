package org.examsuite.grading.domain.evidence;

import java.util.List;

import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.quiz.EssayPlan;

/**
 * Whether the plan weighs the other side. A counter-argument is {@link Strength#DEVELOPED} when it
 * runs to more than one sentence (two or more sentences, twenty or more words) and engages with
 * the question: it uses specific evidence or the terms of an indicative factor.
 *
 * @param answered the counter-argument or the conclusion answers the other side (however, but,
 *        although, outweighs …) instead of only stating it
 */
public record Balance(Strength strength, int sentences, int words, boolean usesEvidence, boolean answered) {

    public enum Strength {
        /** No counter-argument, or a fragment of under four words. */
        ABSENT,
        /** One sentence, or a few words, or no evidence: the other side is named, not argued. */
        BRIEF,
        /** More than one sentence, with evidence. */
        DEVELOPED
    }

    static final int FRAGMENT_WORDS = 4;
    static final int DEVELOPED_WORDS = 20;

    public static Balance of(EssayQuestion question, EssayPlan plan) {
        String counter = PlanParts.text(plan.counterArgument());
        int words = PlanParts.words(counter);
        int sentences = PlanParts.sentences(counter);
        boolean evidence = !counter.isEmpty() && (SpecificEvidence.of(List.of(counter), question).total() > 0
                || question.indicativeContent() != null && question.indicativeContent().stream()
                        .anyMatch(f -> !FactorCoverage.matchedTerms(f.evidenceTerms() == null ? List.of() : f.evidenceTerms(),
                                List.of(Stems.of(counter))).isEmpty()));
        Strength strength = words < FRAGMENT_WORDS ? Strength.ABSENT
                : sentences >= 2 && words >= DEVELOPED_WORDS && evidence ? Strength.DEVELOPED : Strength.BRIEF;
        String answering = PlanParts.normalised(counter) + "\n" + PlanParts.normalised(plan.conclusion());
        boolean answered = strength != Strength.ABSENT
                && (Cues.has(Cues.REBUTTAL, answering) || !Cues.weighingPhrases(answering).isEmpty());
        return new Balance(strength, sentences, words, evidence, answered);
    }
}
