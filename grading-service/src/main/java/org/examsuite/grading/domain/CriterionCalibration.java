package org.examsuite.grading.domain;

import org.examsuite.events.content.RubricCriterion;
import org.examsuite.grading.domain.evidence.CriterionEstimate;

/**
 * Where a self-grade sits against the evidence estimate for one criterion, with the mark scheme's
 * descriptor of both levels side by side, so the student compares standards and not only numbers.
 *
 * @param evidenceLevel the level of the evidence range nearest to the self-grade
 * @param difference self level minus {@code evidenceLevel}: 0 inside the range
 */
public record CriterionCalibration(String criterionKey, String criterionName, int selfLevel, String selfDescriptor,
        int evidenceLowLevel, int evidenceHighLevel, int evidenceLevel, String evidenceDescriptor, int difference,
        Agreement agreement, String evidenceReasons) {

    public enum Agreement {
        WITHIN_EVIDENCE,
        ABOVE_EVIDENCE,
        BELOW_EVIDENCE
    }

    public static CriterionCalibration of(RubricCriterion criterion, CriterionEstimate estimate, int selfLevel) {
        int nearest = estimate.nearest(selfLevel);
        int difference = estimate.gap(selfLevel);
        Agreement agreement = difference == 0 ? Agreement.WITHIN_EVIDENCE
                : difference > 0 ? Agreement.ABOVE_EVIDENCE : Agreement.BELOW_EVIDENCE;
        return new CriterionCalibration(criterion.key(), criterion.name(), selfLevel, BandMarks.descriptor(criterion, selfLevel),
                estimate.lowLevel(), estimate.highLevel(), nearest, BandMarks.descriptor(criterion, nearest), difference,
                agreement, estimate.summary());
    }
}
