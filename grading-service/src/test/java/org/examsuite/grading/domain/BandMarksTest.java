package org.examsuite.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.examsuite.events.content.RubricCriterion;
import org.examsuite.grading.DemoPack;
import org.examsuite.grading.domain.evidence.CriterionEstimate;
import org.junit.jupiter.api.Test;

class BandMarksTest {

    /** The demo rubric's analysis criterion: level 4 is 7-8 marks. */
    private static final RubricCriterion ANALYSIS = DemoPack.question(DemoPack.MACHINATIONS).rubric().criteria().get(1);

    private static CriterionEstimate estimate(int low, int high) {
        return new CriterionEstimate("analysis", "Analysis", CriterionEstimate.Basis.ANALYSIS, low, high, List.of(), "");
    }

    @Test
    void aLevelTheEvidenceClearsTakesTheTopOfItsBand() {
        // The evidence points to 4 or 5: a self-grade of 4 reaches its level securely.
        assertThat(BandMarks.mark(ANALYSIS, 4, estimate(4, 5))).isEqualTo(8);
        assertThat(BandMarks.mark(ANALYSIS, 4, estimate(5, 5))).isEqualTo(8);
    }

    @Test
    void aLevelAboveTheEvidenceTakesTheBottomOfItsBand() {
        // The evidence points to 3 or 4: a self-grade of 4 only just reaches its level.
        assertThat(BandMarks.mark(ANALYSIS, 4, estimate(3, 4))).isEqualTo(7);
        assertThat(BandMarks.mark(ANALYSIS, 4, estimate(2, 2))).isEqualTo(7);
    }

    @Test
    void aLevelTheEvidenceMatchesExactlyTakesTheMiddleRoundedUp() {
        assertThat(BandMarks.mark(ANALYSIS, 4, estimate(4, 4))).isEqualTo(8);
        RubricCriterion wide = new RubricCriterion("k", "Knowledge", "", 12, List.of(
                new org.examsuite.events.content.RubricLevel(1, "Weak", 1, 6),
                new org.examsuite.events.content.RubricLevel(2, "Strong", 7, 12)));
        CriterionEstimate agrees = new CriterionEstimate("k", "Knowledge", CriterionEstimate.Basis.KNOWLEDGE, 1, 1, List.of(), "");
        assertThat(BandMarks.mark(wide, 1, agrees)).isEqualTo(4);
    }

    @Test
    void levelZeroIsNothingCreditworthy() {
        assertThat(BandMarks.mark(ANALYSIS, 0, estimate(1, 2))).isZero();
        assertThat(BandMarks.hasLevel(ANALYSIS, 0)).isTrue();
        assertThat(BandMarks.descriptor(ANALYSIS, 0)).isEqualTo(BandMarks.NOTHING_CREDITWORTHY_DESCRIPTOR);
    }

    @Test
    void onlyTheRubricsLevelsAndBandsAreAccepted() {
        assertThat(BandMarks.hasLevel(ANALYSIS, 6)).isFalse();
        assertThat(BandMarks.withinBand(ANALYSIS, 4, 8)).isTrue();
        assertThat(BandMarks.withinBand(ANALYSIS, 4, 9)).isFalse();
        assertThat(BandMarks.withinBand(ANALYSIS, 0, 0)).isTrue();
    }
}
