package org.examsuite.grading.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.examsuite.events.content.CommandWord;
import org.examsuite.events.content.Rubric;
import org.examsuite.events.content.RubricCriterion;
import org.examsuite.events.content.RubricLevel;
import org.junit.jupiter.api.Test;

class LevelEstimatorTest {

    private static final Judgement WEIGHED = new Judgement(CommandWord.ASSESS, true, Judgement.Strength.WEIGHED, true, true,
            List.of("more important than"));
    private static final Balance DEVELOPED = new Balance(Balance.Strength.DEVELOPED, 3, 50, true, true);
    private static final Structure COMPLETE = new Structure(4, 4, 4, true, true, true, List.of());

    private static RubricCriterion criterion(String key, String name, int levels) {
        List<RubricLevel> bands = java.util.stream.IntStream.rangeClosed(1, levels)
                .mapToObj(l -> new RubricLevel(l, "Level " + l, 2 * l - 1, 2 * l)).toList();
        return new RubricCriterion(key, name, "", 2 * levels, bands);
    }

    private static FactorCoverage covering(int covered, int factors) {
        List<FactorCoverage.CoveredFactor> hits = java.util.stream.IntStream.range(0, covered)
                .mapToObj(i -> new FactorCoverage.CoveredFactor("f" + i, "Factor " + i, List.of("term"))).toList();
        List<FactorCoverage.MissedFactor> misses = java.util.stream.IntStream.range(covered, factors)
                .mapToObj(i -> new FactorCoverage.MissedFactor("f" + i, "Factor " + i, List.of(), 2)).toList();
        return new FactorCoverage(factors, hits, misses);
    }

    private static final Rubric HISTORY = new Rubric(UUID.randomUUID(), 1, "History", List.of(
            criterion("knowledge", "Knowledge and understanding", 5), criterion("analysis", "Analysis", 5),
            criterion("evaluation", "Evaluation and judgement", 5)));

    @Test
    void reasonsAreInPlainWords() {
        // The example in the issue: a plan that covers 3 of 8 factors and gives no dates.
        SpecificEvidence evidence = new SpecificEvidence(List.of("Zinoviev", "Kamenev"), List.of(), List.of("93%"));

        CriterionEstimate knowledge = LevelEstimator.estimate(HISTORY, CommandWord.ASSESS, covering(3, 8), WEIGHED, DEVELOPED,
                evidence, COMPLETE).get(0);

        assertThat(knowledge.summary()).isEqualTo("covers 3 of 8 factors; 3 specific details (2 names, 0 dates, 1 figure); no dates");
        assertThat(knowledge.basis()).isEqualTo(CriterionEstimate.Basis.KNOWLEDGE);
        // Coverage alone would suggest level 4, three details level 3; with no date at all the range stops at 3.
        assertThat(knowledge.lowLevel()).isEqualTo(3);
        assertThat(knowledge.highLevel()).isEqualTo(3);
    }

    @Test
    void theRangeStartsAtTheWeakerSignalAndRisesAtMostOneLevel() {
        // A developed counter-argument cannot lift a judgement that only asserts: evaluation is 2 to 3, not 2 to 5.
        Judgement asserted = new Judgement(CommandWord.ASSESS, true, Judgement.Strength.ASSERTED, false, false, List.of());
        SpecificEvidence evidence = new SpecificEvidence(List.of("a", "b", "c", "d", "e", "f"), List.of("1924", "1929"),
                List.of("93%", "98"));

        CriterionEstimate evaluation = LevelEstimator.estimate(HISTORY, CommandWord.ASSESS, covering(6, 9), asserted,
                DEVELOPED, evidence, COMPLETE).get(2);

        assertThat(evaluation.lowLevel()).isEqualTo(2);
        assertThat(evaluation.highLevel()).isEqualTo(3);
    }

    @Test
    void aPlanThatCoversNoFactorIsCappedWhateverElseItDoes() {
        SpecificEvidence plenty = new SpecificEvidence(List.of("a", "b", "c", "d", "e", "f", "g", "h"), List.of("1866", "1870"),
                List.of());

        List<CriterionEstimate> estimates = LevelEstimator.estimate(HISTORY, CommandWord.ASSESS, covering(0, 9), WEIGHED,
                DEVELOPED, plenty, COMPLETE);

        assertThat(estimates).allSatisfy(e -> {
            assertThat(e.highLevel()).isLessThanOrEqualTo(2);
            assertThat(e.lowLevel()).isEqualTo(1);
        });
        assertThat(estimates.get(1).reasons()).contains("at most level 2: covers 0 of 9 factors, so the plan may answer a different question");
    }

    @Test
    void criteriaAreMatchedByTheirWordsAndScaledToTheirOwnLevels() {
        // A school's rubric with four levels per criterion and a criterion no check speaks to.
        Rubric own = new Rubric(UUID.randomUUID(), 3, "Own scheme", List.of(
                criterion("ao1", "Recall of knowledge", 4), criterion("ao3", "Critical judgement", 4),
                criterion("ao2", "Use of sources", 4)));
        SpecificEvidence evidence = new SpecificEvidence(List.of("a", "b", "c", "d", "e", "f", "g", "h"),
                List.of("1924", "1929"), List.of());

        List<CriterionEstimate> estimates = LevelEstimator.estimate(own, CommandWord.ASSESS, covering(6, 9), WEIGHED, DEVELOPED,
                evidence, COMPLETE);

        assertThat(estimates).extracting(CriterionEstimate::basis).containsExactly(CriterionEstimate.Basis.KNOWLEDGE,
                CriterionEstimate.Basis.EVALUATION, CriterionEstimate.Basis.OVERALL);
        assertThat(estimates).allSatisfy(e -> assertThat(e.highLevel()).isEqualTo(4));
    }

    @Test
    void fiveStepsMapOntoAnyNumberOfLevels() {
        RubricCriterion three = criterion("k", "Knowledge", 3);
        RubricCriterion five = criterion("k", "Knowledge", 5);

        assertThat(java.util.stream.IntStream.rangeClosed(1, 5).map(step -> LevelEstimator.scaled(step, three)).toArray())
                .containsExactly(1, 1, 2, 2, 3);
        assertThat(java.util.stream.IntStream.rangeClosed(1, 5).map(step -> LevelEstimator.scaled(step, five)).toArray())
                .containsExactly(1, 2, 3, 4, 5);
    }
}
