package org.examsuite.grading.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.examsuite.events.quiz.EssayPlan;
import org.examsuite.events.quiz.PlanPoint;
import org.junit.jupiter.api.Test;

class StructureTest {

    @Test
    void eachPointNeedsEvidenceAndAnExplanationThatSaysWhy() {
        EssayPlan plan = Plans.points(
                new PlanPoint("The apparatus", "General Secretary from 1922, he controlled appointments.",
                        "This mattered because the delegates he placed voted for him."),
                new PlanPoint("Alliances", "Triumvirate with Zinoviev and Kamenev.",
                        "Zinoviev and Kamenev were on his side then."),
                new PlanPoint("Trotsky's errors", "", "He was arrogant, which made him easy to isolate."),
                new PlanPoint("Ideology", "Socialism in One Country from 1924.", ""));

        Structure structure = Structure.of(plan);

        assertThat(structure.points()).isEqualTo(4);
        assertThat(structure.complete()).isEqualTo(2);
        assertThat(structure.explained()).isEqualTo(1);
        assertThat(structure.gaps()).containsExactly(
                "point 2: the explanation describes but does not say why",
                "point 3: no evidence",
                "point 4: no explanation");
        assertThat(structure.hasThesis()).isFalse();
    }

    @Test
    void linkingWordsShowFactorsInteracting() {
        EssayPlan plan = Plans.points(new PlanPoint("The ban on factions", "Tenth Party Congress, 1921.",
                "Combined with his control of the delegates, this left the opposition no legal way to fight."));

        assertThat(Structure.of(plan).linksFactors()).isTrue();
    }
}
