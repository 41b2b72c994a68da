package dev.frontera.bench.surges;

import java.time.YearMonth;

/** Sums of absolute errors of the model and both baselines, and interval hits, by horizon and period. */
final class Scores {
    /** Which targets a figure is over. */
    enum Part {
        ALL("all targets"), TITLE_42("Title 42 period (targets 2020-03 to 2023-05)"), OUTSIDE_TITLE_42("outside Title 42");

        private final String description;

        Part(String description) {
            this.description = description;
        }

        String description() {
            return description;
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

    void add(int horizon, boolean title42, double modelError, double lastError, double naiveError, boolean inside) {
        for (Part part : Part.values()) {
            boolean counts = part == Part.ALL || (part == Part.TITLE_42) == title42;
            if (counts) {
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
