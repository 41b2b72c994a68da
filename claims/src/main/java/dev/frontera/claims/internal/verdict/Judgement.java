package dev.frontera.claims.internal.verdict;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.internal.rank.Weighed;
import dev.frontera.core.Verdict;
import java.util.Optional;

/**
 * The verdict on one figure, how sure the policy is of it, the reading it rests on, and why in
 * one of a few ways ({@link Ground}), which the explanation puts into words.
 */
public record Judgement(Verdict verdict, double confidence, Optional<Weighed> basis, Ground ground) {
    /** Why the verdict was given. */
    public enum Ground {
        /** A reading the words support fits the record. */
        FITS,
        /** Only a scope often confused with the stated one fits. */
        FITS_CONFUSED_SCOPE,
        /** The readings the words support are answered and none fits. */
        NONE_FITS,
        /** The words put the claim beyond monthly figures (a forecast, got-aways, a single day). */
        WORDS_RULE_OUT,
        /** The record does not answer the likely readings (a period or cut not published). */
        NOT_COVERED,
        /** Readings disagree and none is likely enough to decide. */
        UNDECIDED
    }

    public Judgement {
        requireNonNull(verdict, "verdict is null");
        requireNonNull(basis, "basis is null");
        requireNonNull(ground, "ground is null");
    }
}
