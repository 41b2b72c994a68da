package dev.frontera.surges.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The forecasts of the four {@link Component}s from one origin, on the log scale, built from the
 * first {@code length} values of {@code z} only: the seasonal steps, the level and last month's move.
 */
final class Components {
    private final double[] steps;
    private final List<List<Double>> stepsByMonth;
    private final double level;
    private final double move;
    private final double unusualMove;
    private final YearMonth origin;
    private final double damping;
    private final double smoothedLevel;
    private final double smoothedTrend;
    private final double trendDamping;

    private Components(
            double[] steps,
            List<List<Double>> stepsByMonth,
            double level,
            double move,
            double unusualMove,
            YearMonth origin,
            double damping,
            double[] smoothed,
            double trendDamping) {
        this.steps = steps;
        this.stepsByMonth = stepsByMonth;
        this.level = level;
        this.move = move;
        this.unusualMove = unusualMove;
        this.origin = origin;
        this.damping = damping;
        this.smoothedLevel = smoothed[0];
        this.smoothedTrend = smoothed[1];
        this.trendDamping = trendDamping;
    }

    static Components of(double[] z, YearMonth first, int length, ModelSettings settings) {
        YearMonth origin = first.plusMonths(length - 1L);
        int from = Math.max(1, length - 12 * settings.seasonYears());
        List<List<Double>> byMonth = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            byMonth.add(new ArrayList<>());
        }
        if (length >= SeasonalModel.MIN_MONTHS) {
            for (int i = from; i < length; i++) {
                YearMonth month = first.plusMonths(i);
                if (!RegimeBreaks.crossesBreak(month)) {
                    byMonth.get(month.getMonthValue() - 1).add(z[i] - z[i - 1]);
                }
            }
        }
        double[] steps = new double[12];
        Median median = new Median();
        for (int m = 0; m < 12; m++) {
            List<Double> sample = byMonth.get(m);
            steps[m] = sample.size() >= 2
                    ? median.evaluate(
                            sample.stream().mapToDouble(Double::doubleValue).toArray())
                    : 0;
        }
        double mean = 0;
        for (double step : steps) {
            mean += step / 12;
        }
        for (int m = 0; m < 12; m++) {
            steps[m] -= mean;
        }
        double move = 0;
        double unusualMove = 0;
        if (length >= 2 && !RegimeBreaks.crossesBreak(origin)) {
            double step = z[length - 1] - z[length - 2];
            move = clip(step, settings.moveCap());
            unusualMove = clip(step - steps[origin.getMonthValue() - 1], settings.moveCap());
        }
        double level = level(z, origin, length);
        double[] smoothed = settings.smoothing().on()
                ? smoothed(z, first, length, steps, level, settings)
                : new double[] {level, 0};
        return new Components(
                steps,
                byMonth,
                level,
                move,
                unusualMove,
                origin,
                settings.damping(),
                smoothed,
                settings.smoothing().phi());
    }

    /**
     * Holt's damped trend over the last {@code seasonYears} years of the seasonally adjusted series
     * (each month less its seasonal level, from the steps known at the origin): the level and trend at
     * the origin, seasonally adjusted. A step across a break restarts it from that month with no
     * trend, and in a break month the level is the rate of the days after the break.
     */
    private static double[] smoothed(
            double[] z, YearMonth first, int length, double[] steps, double level, ModelSettings settings) {
        double[] season = seasonalLevels(steps);
        ModelSettings.Smoothing smoothing = settings.smoothing();
        int from = Math.max(0, length - 12 * settings.seasonYears());
        double smoothedLevel = z[from] - season[first.plusMonths(from).getMonthValue() - 1];
        double trend = 0;
        for (int i = from + 1; i < length; i++) {
            YearMonth month = first.plusMonths(i);
            double adjusted = z[i] - season[month.getMonthValue() - 1];
            if (RegimeBreaks.crossesBreak(month)) {
                smoothedLevel = adjusted;
                trend = 0;
                continue;
            }
            double previous = smoothedLevel;
            smoothedLevel =
                    smoothing.alpha() * adjusted + (1 - smoothing.alpha()) * (previous + smoothing.phi() * trend);
            trend = smoothing.beta() * (smoothedLevel - previous) + (1 - smoothing.beta()) * smoothing.phi() * trend;
        }
        YearMonth origin = first.plusMonths(length - 1L);
        if (RegimeBreaks.isBreakMonth(origin)) {
            smoothedLevel = level - season[origin.getMonthValue() - 1];
            trend = 0;
        }
        return new double[] {smoothedLevel + season[origin.getMonthValue() - 1], trend};
    }

    /** Each calendar month's seasonal level (log scale): the steps chained from January, centred. */
    static double[] seasonalLevels(double[] steps) {
        double[] levels = new double[12];
        double running = 0;
        for (int m = 0; m < 12; m++) {
            running += steps[m];
            levels[m] = running;
        }
        double mean = 0;
        for (double value : levels) {
            mean += value / 12;
        }
        for (int m = 0; m < 12; m++) {
            levels[m] -= mean;
        }
        return levels;
    }

    /**
     * The level forecasts start from: the last month's, except in a month a break happened in. There
     * the days before the break are taken to have run at the previous month's daily rate, and the
     * rest of the month's count gives the rate after the break (at least a tenth of the month's
     * average, so a rough split cannot reach zero).
     */
    private static double level(double[] z, YearMonth origin, int length) {
        Optional<LocalDate> firstDay = RegimeBreaks.firstDayIn(origin);
        if (firstDay.isEmpty() || length < 2) {
            return z[length - 1];
        }
        int days = origin.lengthOfMonth();
        int before = firstDay.get().getDayOfMonth() - 1;
        double rate = SeasonalModel.dailyRate(z[length - 1]);
        double previousRate = SeasonalModel.dailyRate(z[length - 2]);
        double after = (rate * days - previousRate * before) / (days - before);
        return SeasonalModel.logOfRate(Math.max(after, SeasonalModel.BREAK_FLOOR * rate));
    }

    /** The expected log value {@code h} months after the origin, by one component. */
    double forecast(Component component, int h) {
        if (component == Component.DAMPED_TREND) {
            return smoothedForecast(h);
        }
        double value = level;
        double carried = component.seasonal() ? unusualMove : move;
        for (int k = 1; k <= h; k++) {
            if (component.seasonal()) {
                value += steps[origin.plusMonths(k).getMonthValue() - 1];
            }
            if (component.momentum()) {
                carried *= damping;
                value += carried;
            }
        }
        return value;
    }

    private double smoothedForecast(int h) {
        double value = smoothedLevel;
        double carried = smoothedTrend;
        for (int k = 1; k <= h; k++) {
            carried *= trendDamping;
            value += carried + steps[origin.plusMonths(k).getMonthValue() - 1];
        }
        return value;
    }

    /** The usual log step into a calendar month (1-12). */
    double step(int monthOfYear) {
        return steps[monthOfYear - 1];
    }

    /** The steps into a calendar month that the seasonal estimate used, one per year. */
    List<Double> observedSteps(int monthOfYear) {
        return List.copyOf(stepsByMonth.get(monthOfYear - 1));
    }

    YearMonth origin() {
        return origin;
    }

    private static double clip(double value, double cap) {
        return Math.max(-cap, Math.min(cap, value));
    }
}
