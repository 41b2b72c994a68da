package dev.frontera.bench.surges;

import dev.frontera.surges.model.RegimeBreaks;
import java.time.YearMonth;

/** Sums of absolute errors of the model and both baselines, and interval hits, by horizon and period. */
final class Scores {
    /** Which targets a figure is over. */
    enum Part {
        PRE("before FY2016 (targets 2001-2015, the six Border Patrol series that reach back to FY2000)"),
        ALL("all targets (FY2016 on)"),
        SELECTION("selection span (targets FY2016-FY2021: the model's constants were chosen here)"),
        HELD_OUT("held-out span (targets FY2022 on: out of sample for every choice)"),
        TITLE_42("Title 42 period (targets 2020-03 to 2023-05)"),
        OUTSIDE_TITLE_42("outside Title 42");

        private final String description;

        Part(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }

        boolean holds(YearMonth target) {
            if (target.isBefore(BacktestSeries.START)) {
                return this == PRE;
            }
            return switch (this) {
                case PRE -> false;
                case ALL -> true;
                case SELECTION -> !target.isAfter(Backtest.SELECTION_LAST);
                case HELD_OUT -> target.isAfter(Backtest.SELECTION_LAST);
                case TITLE_42 -> RegimeBreaks.inTitle42(target);
                case OUTSIDE_TITLE_42 -> !RegimeBreaks.inTitle42(target);
            };
        }
    }

    /** One horizon's sums over one part. */
    static final class Sums {
        private double model;
        private double last;
        private double naive;
        private int inside;
        private int count;

        double ratioToLast() {
            return model / last;
        }

        double ratioToSeasonalNaive() {
            return model / naive;
        }

        double coverage() {
            return count == 0 ? Double.NaN : inside / (double) count;
        }

        int count() {
            return count;
        }
    }

    private final String label;
    private final YearMonth first;
    private final YearMonth last;
    private final Sums[][] sums = new Sums[Backtest.HORIZONS][Part.values().length];

    Scores(String label, YearMonth first, YearMonth last) {
        this.label = label;
        this.first = first;
        this.last = last;
        for (Sums[] row : sums) {
            for (int p = 0; p < row.length; p++) {
                row[p] = new Sums();
            }
        }
    }

    void add(int horizon, YearMonth target, double modelError, double lastError, double naiveError, boolean inside) {
        for (Part part : Part.values()) {
            if (part.holds(target)) {
                Sums s = sums[horizon - 1][part.ordinal()];
                s.model += modelError;
                s.last += lastError;
                s.naive += naiveError;
                s.inside += inside ? 1 : 0;
                s.count++;
            }
        }
    }

    Sums sums(int horizon, Part part) {
        return sums[horizon - 1][part.ordinal()];
    }

    String label() {
        return label;
    }

    YearMonth first() {
        return first;
    }

    YearMonth last() {
        return last;
    }
}
