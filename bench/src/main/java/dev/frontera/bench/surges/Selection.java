package dev.frontera.bench.surges;

import dev.frontera.bench.harness.Report;
import dev.frontera.surges.model.ModelSettings;
import dev.frontera.surges.model.ModelSettings.Intervals;
import dev.frontera.surges.model.ModelSettings.Smoothing;
import dev.frontera.surges.series.MonthlySeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How the model's constants are chosen, rerun: stage by stage, candidates scored on the selection
 * span (targets FY2016-FY2021) and the best kept for the next stage, with the held-out span (FY2022
 * on) printed beside for the record, never used to choose. Point constants are judged by issue 14's
 * four accuracy figures over their goals, averaged ({@link Figures#accuracy}); interval constants by
 * the coverage's distance from 80% ({@link Figures#coverageGap}) on the selection span and the years
 * before it (the Border Patrol series reach back to FY2000) together. Lower is better for both; a
 * candidate within 1% of the best loses to an earlier (simpler) one. docs/SURGES.md reports the run.
 * Several minutes: every candidate reruns the whole backtest.
 */
public final class Selection {
    /** A candidate within this share of the best loses to an earlier, simpler one. */
    static final double TIE = 0.01;

    private Selection() {}

    public static List<String> run() {
        long start = System.nanoTime();
        List<MonthlySeries> series = Backtest.series();
        List<String> lines = new ArrayList<>();
        lines.add(
                "Selection of the model's constants: lower is better; '*' marks the shipped default, '<' the stage's choice");
        lines.add(
                "accuracy = mean of (total h1 / 0.9, median h1 / 0.9, total h3 / 0.8, median h3 / 0.8); gap = mean |cover - 0.8|");
        ModelSettings chosen =
                ModelSettings.DEFAULT.withSmoothing(Smoothing.OFF).withIntervals(new Intervals(72, 6, 1.1, false));

        List<ModelSettings> smoothing = new ArrayList<>(List.of(chosen));
        for (double alpha : new double[] {0.5, 0.8, 1.0}) {
            for (double beta : new double[] {0.1, 0.3, 0.5}) {
                for (double phi : new double[] {0.5, 0.8, 0.9}) {
                    smoothing.add(chosen.withSmoothing(new Smoothing(alpha, beta, phi)));
                }
            }
        }
        chosen = step(
                "a fifth component, damped-trend smoothing (alpha, beta, phi)",
                series,
                smoothing,
                s -> s.smoothing().on()
                        ? "a %.1f b %.1f phi %.1f"
                                .formatted(
                                        s.smoothing().alpha(),
                                        s.smoothing().beta(),
                                        s.smoothing().phi())
                        : "four components",
                Criterion.ACCURACY,
                lines);

        List<ModelSettings> blend = new ArrayList<>();
        for (int origins : new int[] {24, 12, 6, 36}) {
            for (double sharpness : new double[] {1, 2}) {
                blend.add(chosen.withBlend(origins, sharpness));
            }
        }
        chosen = step(
                "blend (recent forecasts the weights are measured on, power on inverse squared error)",
                series,
                blend,
                s -> "%d origins power %.0f".formatted(s.blendOrigins(), s.sharpness()),
                Criterion.ACCURACY,
                lines);

        List<ModelSettings> intervals = new ArrayList<>();
        for (int errors : new int[] {72, 36}) {
            for (int scale : new int[] {6, 0}) {
                for (double widen : new double[] {1.0, 1.1, 0.9}) {
                    intervals.add(chosen.withIntervals(new Intervals(errors, scale, widen, false)));
                }
            }
        }
        // Each horizon scaled by the typical size of its own recent errors.
        for (int errors : new int[] {72, 36}) {
            for (int scale : new int[] {6, 12}) {
                for (double widen : new double[] {1.0, 1.1, 0.9}) {
                    intervals.add(chosen.withIntervals(new Intervals(errors, scale, widen, true)));
                }
            }
        }
        chosen = step(
                "intervals (past origins, errors the scale is measured on (0: raw errors), widening)",
                series,
                intervals,
                s -> "errors %d scale %d%s widen %.1f"
                        .formatted(
                                s.intervals().errorOrigins(),
                                s.intervals().scaleOrigins(),
                                s.intervals().byHorizon() ? " by horizon" : "",
                                s.intervals().widen()),
                Criterion.COVERAGE,
                lines);
        lines.add("chosen: " + chosen);
        lines.add("selection took %.1f s".formatted((System.nanoTime() - start) / 1e9));
        Report.write("backtest-selection", lines);
        return lines;
    }

    /** What a step is judged by. */
    private enum Criterion {
        /** Chosen on the selection span alone. */
        ACCURACY,
        /** Chosen on the selection span and the years before it together (their mean). */
        COVERAGE;

        double on(List<Scores> scores, Scores.Part part) {
            return switch (this) {
                case ACCURACY -> Figures.accuracy(scores, part);
                case COVERAGE -> Figures.coverageGap(scores, part);
            };
        }

        double choice(double selection, double earlier) {
            return switch (this) {
                case ACCURACY -> selection;
                case COVERAGE -> (selection + earlier) / 2;
            };
        }
    }

    /** Scores every candidate, adds a line for each, and returns the stage's choice. */
    private static ModelSettings step(
            String name,
            List<MonthlySeries> series,
            List<ModelSettings> candidates,
            Function<ModelSettings, String> label,
            Criterion criterion,
            List<String> lines) {
        lines.add("-- " + name + ", by " + criterion.name().toLowerCase(Locale.ROOT)
                + (criterion == Criterion.ACCURACY
                        ? " on the selection span"
                        : " on the selection span and before it"));
        double[][] figures = new double[candidates.size()][];
        for (int c = 0; c < candidates.size(); c++) {
            ModelSettings settings = candidates.get(c);
            List<Scores> scores = series.parallelStream()
                    .map(one -> Backtest.score(one, settings, true))
                    .toList();
            double selection = criterion.on(scores, Scores.Part.SELECTION);
            double earlier = criterion.on(scores, Scores.Part.PRE);
            figures[c] = new double[] {
                selection, earlier, criterion.on(scores, Scores.Part.HELD_OUT), criterion.choice(selection, earlier)
            };
            System.out.printf(Locale.ROOT, "  %s: %s %.4f%n", name, label.apply(settings), figures[c][3]);
        }
        int choice = choose(figures);
        for (int c = 0; c < candidates.size(); c++) {
            ModelSettings settings = candidates.get(c);
            String marks = (settings.equals(ModelSettings.DEFAULT) ? " *" : "") + (c == choice ? " <" : "");
            lines.add(String.format(
                    Locale.ROOT,
                    "%-32s | selection %.4f | before FY2016 %.4f | held-out %.4f%s",
                    label.apply(settings),
                    figures[c][0],
                    figures[c][1],
                    figures[c][2],
                    marks));
        }
        return candidates.get(choice);
    }

    /** The first candidate within {@link #TIE} of the best score (column 3). */
    static int choose(double[][] figures) {
        double best = Double.POSITIVE_INFINITY;
        for (double[] one : figures) {
            best = Math.min(best, one[3]);
        }
        for (int c = 0; c < figures.length; c++) {
            if (figures[c][3] <= best * (1 + TIE)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no candidates");
    }
}
