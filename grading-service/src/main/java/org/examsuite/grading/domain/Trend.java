package org.examsuite.grading.domain;

import java.util.List;

/**
 * The mean and the trend of a series of differences in levels (self minus teacher, or self minus
 * evidence), oldest first. {@code slope} is the least-squares change of the signed difference per
 * assessment: negative means the student grades themselves lower over time. {@code direction} says
 * whether the size of the gap is shrinking, from the slope of the absolute differences: below −0.1
 * levels per assessment is closing, above 0.1 widening, otherwise steady.
 */
public record Trend(int count, Double mean, Double slope, Direction direction) {

    public enum Direction {
        NOT_ENOUGH_DATA,
        CLOSING,
        STEADY,
        WIDENING
    }

    static final double STEADY_WITHIN = 0.1;

    public static Trend of(List<Integer> differences) {
        int n = differences.size();
        if (n == 0) {
            return new Trend(0, null, null, Direction.NOT_ENOUGH_DATA);
        }
        double mean = differences.stream().mapToInt(Integer::intValue).average().orElseThrow();
        if (n < 2) {
            return new Trend(1, round(mean), null, Direction.NOT_ENOUGH_DATA);
        }
        double slope = slope(differences);
        double gapSlope = slope(differences.stream().map(Math::abs).toList());
        Direction direction = gapSlope < -STEADY_WITHIN ? Direction.CLOSING
                : gapSlope > STEADY_WITHIN ? Direction.WIDENING : Direction.STEADY;
        return new Trend(n, round(mean), round(slope), direction);
    }

    private static double slope(List<Integer> ys) {
        int n = ys.size();
        double meanX = (n - 1) / 2.0;
        double meanY = ys.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (int x = 0; x < n; x++) {
            covariance += (x - meanX) * (ys.get(x) - meanY);
            variance += (x - meanX) * (x - meanX);
        }
        return covariance / variance;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
