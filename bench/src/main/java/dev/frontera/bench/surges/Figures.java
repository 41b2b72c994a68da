package dev.frontera.bench.surges;

import java.util.ArrayList;
import java.util.List;

/**
 * One part's figures at one horizon: the southwest total's (or, before FY2016, Border Patrol
 * southwest's) ratios and coverage, and the medians over the series that have targets in the part.
 */
record Figures(
        double totalToLast,
        double totalToNaive,
        double totalCover,
        int totalCount,
        double medianToLast,
        double medianToNaive,
        double medianCover,
        int series) {

    static Figures of(List<Scores> all, int horizon, Scores.Part part) {
        List<Double> toLast = new ArrayList<>();
        List<Double> toNaive = new ArrayList<>();
        List<Double> cover = new ArrayList<>();
        Scores.Sums total = null;
        for (Scores scores : all) {
            Scores.Sums sums = scores.sums(horizon, part);
            if (sums.count() > 0) {
                total = total == null ? sums : total;
                toLast.add(sums.ratioToLast());
                toNaive.add(sums.ratioToSeasonalNaive());
                cover.add(sums.coverage());
            }
        }
        if (total == null) {
            return new Figures(Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        return new Figures(
                total.ratioToLast(),
                total.ratioToSeasonalNaive(),
                total.coverage(),
                total.count(),
                median(toLast),
                median(toNaive),
                median(cover),
                toLast.size());
    }

    /** Issue 14's accuracy goals on one part, as one number: the four goal figures over their goals, averaged (below 1: all met on average). */
    static double accuracy(List<Scores> all, Scores.Part part) {
        Figures one = of(all, 1, part);
        Figures three = of(all, 3, part);
        return (one.totalToLast / 0.9 + one.medianToLast / 0.9 + three.totalToLast / 0.8 + three.medianToLast / 0.8)
                / 4;
    }

    /** How far the 80% intervals' coverage is from 0.8, on average over horizons, total and median. */
    static double coverageGap(List<Scores> all, Scores.Part part) {
        double gap = 0;
        for (int h = 1; h <= Backtest.HORIZONS; h++) {
            Figures figures = of(all, h, part);
            gap += Math.abs(figures.totalCover - 0.8) + Math.abs(figures.medianCover - 0.8);
        }
        return gap / (2 * Backtest.HORIZONS);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
