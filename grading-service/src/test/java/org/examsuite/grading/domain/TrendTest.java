package org.examsuite.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void aStudentWhoOvergradesLessEachTimeIsClosingTheGap() {
        Trend trend = Trend.of(List.of(2, 2, 1, 0));

        assertThat(trend.count()).isEqualTo(4);
        assertThat(trend.mean()).isEqualTo(1.25);
        assertThat(trend.slope()).isEqualTo(-0.7);
        assertThat(trend.direction()).isEqualTo(Trend.Direction.CLOSING);
    }

    @Test
    void swingingFromOverToUnderGradingIsNotClosing() {
        // The signed difference falls, but the size of the gap grows: the student has not calibrated, only flipped.
        Trend trend = Trend.of(List.of(1, 0, -1, -2));

        assertThat(trend.slope()).isNegative();
        assertThat(trend.direction()).isEqualTo(Trend.Direction.WIDENING);
    }

    @Test
    void aSteadyGapIsSteady() {
        assertThat(Trend.of(List.of(1, 1, 1)).direction()).isEqualTo(Trend.Direction.STEADY);
    }

    @Test
    void oneAssessmentHasAMeanButNoTrend() {
        Trend one = Trend.of(List.of(-1));
        Trend none = Trend.of(List.of());

        assertThat(one.mean()).isEqualTo(-1.0);
        assertThat(one.slope()).isNull();
        assertThat(one.direction()).isEqualTo(Trend.Direction.NOT_ENOUGH_DATA);
        assertThat(none.count()).isZero();
        assertThat(none.mean()).isNull();
    }
}
