package org.examsuite.grading.domain;

import java.util.Optional;

import org.examsuite.events.content.RubricCriterion;
import org.examsuite.events.content.RubricLevel;
import org.examsuite.grading.domain.evidence.CriterionEstimate;

/**
 * Levels into marks by the rubric's bands. Level 0 means nothing creditworthy and scores 0, as the
 * mark schemes say. Within a level's band the evidence estimate decides, the way the schemes ask an
 * examiner to place a mark: a level below the middle of the evidence range is reached securely and
 * takes the top of the band; a level above it only just reaches and takes the bottom; a level at
 * the middle takes the middle of the band, rounded up.
 */
public final class BandMarks {

    public static final int NOTHING_CREDITWORTHY = 0;
    public static final String NOTHING_CREDITWORTHY_DESCRIPTOR = "Nothing creditworthy for this criterion.";

    private BandMarks() {
    }

    public static Optional<RubricLevel> band(RubricCriterion criterion, int level) {
        return criterion.levels().stream().filter(l -> l.level() == level).findFirst();
    }

    public static boolean hasLevel(RubricCriterion criterion, int level) {
        return level == NOTHING_CREDITWORTHY || band(criterion, level).isPresent();
    }

    public static String descriptor(RubricCriterion criterion, int level) {
        return level == NOTHING_CREDITWORTHY ? NOTHING_CREDITWORTHY_DESCRIPTOR
                : band(criterion, level).map(RubricLevel::descriptor).orElseThrow();
    }

    public static int mark(RubricCriterion criterion, int level, CriterionEstimate estimate) {
        if (level == NOTHING_CREDITWORTHY) {
            return 0;
        }
        RubricLevel band = band(criterion, level)
                .orElseThrow(() -> new IllegalArgumentException("Criterion " + criterion.key() + " has no level " + level));
        double middle = (estimate.lowLevel() + estimate.highLevel()) / 2.0;
        if (level < middle) {
            return band.maxMark();
        }
        if (level > middle) {
            return band.minMark();
        }
        return band.minMark() + (band.maxMark() - band.minMark() + 1) / 2;
    }

    public static boolean withinBand(RubricCriterion criterion, int level, int mark) {
        if (level == NOTHING_CREDITWORTHY) {
            return mark == 0;
        }
        return band(criterion, level).map(b -> mark >= b.minMark() && mark <= b.maxMark()).orElse(false);
    }
}
