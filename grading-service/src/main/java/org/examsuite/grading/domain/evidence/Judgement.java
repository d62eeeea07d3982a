package org.examsuite.grading.domain.evidence;

import java.util.List;

import org.examsuite.events.content.CommandWord;
import org.examsuite.events.quiz.EssayPlan;

/**
 * Whether the thesis and conclusion make a judgement that answers the command word. For command
 * words that demand a weighed judgement ("To what extent", "How far", "Assess", "Evaluate") only
 * {@link Strength#WEIGHED} answers; for the others a stated overall view does.
 *
 * @param weighingPhrases the comparative or evaluative phrases found in the thesis and conclusion
 * @param sustained weighing language appears in at least two of: thesis, conclusion,
 *        counter-argument, the points' explanations
 */
public record Judgement(CommandWord commandWord, boolean demandsWeighedJudgement, Strength strength,
        boolean sustained, boolean answersCommandWord, List<String> weighingPhrases) {

    public enum Strength {
        /** No thesis or conclusion worth the name (under five words between them). */
        ABSENT,
        /** A view is stated but nothing is ranked or weighed. */
        ASSERTED,
        /** The thesis or conclusion ranks or weighs ("more significant than", "to a large extent", "however … ultimately"). */
        WEIGHED
    }

    static final int MINIMUM_WORDS = 5;

    public static Judgement of(CommandWord commandWord, EssayPlan plan) {
        String thesis = PlanParts.normalised(plan.thesis());
        String conclusion = PlanParts.normalised(plan.conclusion());
        String verdict = (thesis + "\n" + conclusion).strip();
        List<String> phrases = Cues.weighingPhrases(verdict);
        Strength strength = PlanParts.words(verdict) < MINIMUM_WORDS ? Strength.ABSENT
                : phrases.isEmpty() ? Strength.ASSERTED : Strength.WEIGHED;
        long placesWeighed = java.util.stream.Stream.of(thesis, conclusion,
                        PlanParts.normalised(plan.counterArgument()), PlanParts.normalised(PlanParts.explanations(plan)))
                .filter(text -> !Cues.weighingPhrases(text).isEmpty())
                .count();
        boolean demands = commandWord != null && commandWord.demandsWeighedJudgement();
        boolean answers = demands ? strength == Strength.WEIGHED : strength != Strength.ABSENT;
        return new Judgement(commandWord, demands, strength, strength == Strength.WEIGHED && placesWeighed >= 2,
                answers, phrases);
    }
}
