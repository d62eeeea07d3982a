package org.examsuite.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.examsuite.events.content.RubricCriterion;
import org.examsuite.grading.DemoPack;
import org.examsuite.grading.domain.evidence.CriterionEstimate;
import org.junit.jupiter.api.Test;

class CriterionCalibrationTest {

    private static final RubricCriterion EVALUATION = DemoPack.question(DemoPack.MACHINATIONS).rubric().criteria().get(2);
    private static final CriterionEstimate ESTIMATE = new CriterionEstimate("evaluation", "Evaluation and judgement",
            CriterionEstimate.Basis.EVALUATION, 2, 3, List.of("no counter-argument"), "no counter-argument");

    @Test
    void aSelfGradeAboveTheEvidenceShowsBothDescriptorsSideBySide() {
        CriterionCalibration calibration = CriterionCalibration.of(EVALUATION, ESTIMATE, 5);

        assertThat(calibration.agreement()).isEqualTo(CriterionCalibration.Agreement.ABOVE_EVIDENCE);
        assertThat(calibration.difference()).isEqualTo(2);
        assertThat(calibration.evidenceLevel()).isEqualTo(3);
        assertThat(calibration.selfDescriptor()).startsWith("A substantiated, sustained judgement");
        assertThat(calibration.evidenceDescriptor()).startsWith("An attempt at a judgement");
        assertThat(calibration.evidenceReasons()).isEqualTo("no counter-argument");
    }

    @Test
    void aSelfGradeInsideTheRangeAgrees() {
        CriterionCalibration calibration = CriterionCalibration.of(EVALUATION, ESTIMATE, 2);

        assertThat(calibration.agreement()).isEqualTo(CriterionCalibration.Agreement.WITHIN_EVIDENCE);
        assertThat(calibration.difference()).isZero();
        assertThat(calibration.evidenceDescriptor()).isEqualTo(calibration.selfDescriptor());
    }

    @Test
    void aSelfGradeBelowTheEvidenceIsUnderconfidence() {
        CriterionCalibration calibration = CriterionCalibration.of(EVALUATION, ESTIMATE, 1);

        assertThat(calibration.agreement()).isEqualTo(CriterionCalibration.Agreement.BELOW_EVIDENCE);
        assertThat(calibration.difference()).isEqualTo(-1);
    }
}
