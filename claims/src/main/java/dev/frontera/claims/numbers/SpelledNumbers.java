package dev.frontera.claims.numbers;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads spelled-out English numbers ("two million", "one hundred twenty-five thousand") with
 * ICU's spell-out rules. Lenient parsing is slow (about half a millisecond), so it runs only on
 * spans already known to consist of number words. RuleBasedNumberFormat is not thread-safe:
 * one instance per thread.
 */
public final class SpelledNumbers {
    private static final ThreadLocal<RuleBasedNumberFormat> FORMAT = ThreadLocal.withInitial(() -> {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        format.setLenientParseMode(true);
        return format;
    });

    private SpelledNumbers() {}

    /** The value of a span of number words, or empty when ICU cannot read all of it. */
    public static Optional<Double> parse(String words) {
        String clean = words.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\band\\b", " ")
                .replaceAll("\\s+", " ").trim();
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        ParsePosition position = new ParsePosition(0);
        Number number = FORMAT.get().parse(clean, position);
        if (number == null || position.getIndex() < clean.length()) {
            return Optional.empty();
        }
        return Optional.of(number.doubleValue());
    }
}
