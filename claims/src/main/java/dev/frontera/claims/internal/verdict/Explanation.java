package dev.frontera.claims.internal.verdict;

import dev.frontera.claims.internal.extract.ExtractedClaim;
import dev.frontera.claims.internal.rank.Posterior;
import dev.frontera.claims.internal.rank.Weighed;
import dev.frontera.claims.internal.verify.Evaluated;
import dev.frontera.claims.reading.Aggregate;
import dev.frontera.claims.reading.Figure;
import dev.frontera.claims.reading.ReadingWords;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A judgement in a few plain English sentences: the reading, the official figure and its release, and why the verdict. */
public final class Explanation {
    private static final int SHOWN_READINGS = 2;
    private static final int REFUSAL_CHARS = 220;

    private Explanation() {}

    public static String of(ExtractedClaim claim, Judgement judgement, Posterior posterior) {
        String phrase = "\"" + claim.phrase() + "\"";
        Optional<Evaluated> basis = judgement.basis().map(Weighed::evaluated);
        return switch (judgement.ground()) {
            case FITS ->
                "Accurate: %s was %s; that supports %s%s."
                        .formatted(words(basis), figure(basis), phrase, detail(basis));
            case FITS_CONFUSED_SCOPE -> {
                Optional<Evaluated> stated = posterior.bestAnswered().map(Weighed::evaluated);
                yield ("Misleading: %s was %s; that does not support %s. It matches %s instead (%s), a scope often confused"
                                + " with the one stated.")
                        .formatted(words(stated), figure(stated), phrase, words(basis), figure(basis));
            }
            case NONE_FITS ->
                "Inaccurate: %s was %s; that does not support %s%s. No other reading the words allow fits either."
                        .formatted(words(basis), figure(basis), phrase, detail(basis));
            case WORDS_RULE_OUT ->
                "Unverifiable: %s.".formatted(claim.unverifiable().orElseThrow());
            case NOT_COVERED ->
                "Unverifiable: the official record does not answer %s: %s"
                        .formatted(
                                words(basis),
                                shortened(basis.map(Evaluated::detail).orElse("no release covers it")));
            case UNDECIDED ->
                "Unverifiable: the figure could not be pinned down. The likeliest readings: %s; none decides it."
                        .formatted(likeliest(posterior));
        };
    }

    private static String words(Optional<Evaluated> evaluated) {
        return evaluated
                .map(e -> ReadingWords.describe(e.candidate().reading()))
                .orElse("the reading");
    }

    private static String figure(Optional<Evaluated> evaluated) {
        Optional<Figure> figure = evaluated.flatMap(Evaluated::judged);
        if (figure.isEmpty()) {
            return "not available";
        }
        return "%s, from %s"
                .formatted(
                        number(
                                figure.get().value(),
                                evaluated.get().candidate().reading().aggregate()),
                        figure.get().release());
    }

    static String number(double value, Aggregate aggregate) {
        return switch (aggregate) {
            case PERCENT_CHANGE -> String.format(Locale.ROOT, "%+.1f%%", value);
            case SHARE -> String.format(Locale.ROOT, "%.1f%%", value * 100);
            case MULTIPLE -> String.format(Locale.ROOT, "%.2f times", value);
            case RANK_HIGH, RANK_LOW -> "ranked " + ReadingWords.ordinal((int) value);
            default ->
                value == Math.rint(value)
                        ? String.format(Locale.ROOT, "%,d", (long) value)
                        : String.format(Locale.ROOT, "%,.1f", value);
        };
    }

    private static String detail(Optional<Evaluated> evaluated) {
        return evaluated
                .map(Evaluated::detail)
                .filter(d -> !d.isEmpty())
                .map(d -> "; " + d)
                .orElse("");
    }

    private static String likeliest(Posterior posterior) {
        return posterior.readings().stream()
                .filter(w -> w.evaluated().answered())
                .limit(SHOWN_READINGS)
                .map(w -> "%s: %s%s"
                        .formatted(
                                ReadingWords.describe(w.evaluated().candidate().reading()),
                                figure(Optional.of(w.evaluated())),
                                comparedWith(w.evaluated())))
                .collect(Collectors.joining("; "));
    }

    /** A rank, a comparison or a run says what it was compared with ("Yuma was 4th of 9 sectors ..., behind ..."). */
    private static String comparedWith(Evaluated evaluated) {
        Aggregate aggregate = evaluated.candidate().reading().aggregate();
        boolean compares = aggregate.isRank() || aggregate == Aggregate.COMPARISON || aggregate.isStreak();
        return compares && !evaluated.detail().isEmpty() ? " (" + evaluated.detail() + ")" : "";
    }

    private static String shortened(String refusal) {
        String first = refusal.length() > REFUSAL_CHARS
                ? refusal.substring(0, REFUSAL_CHARS).replaceFirst("\\s+\\S*$", "") + "..."
                : refusal;
        return first.endsWith(".") || first.endsWith("...") ? first : first + ".";
    }
}
