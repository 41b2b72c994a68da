package dev.frontera.claims.internal.numbers;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

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

    private static final int MAX_REMEMBERED = 4096;
    private static final Pattern AND = Pattern.compile("\\band\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // News spells out few distinct numbers ("two", "three million", "hundreds"): each is parsed once.
    private static final Map<String, Optional<Double>> REMEMBERED = new ConcurrentHashMap<>();

    private SpelledNumbers() {}

    private static final Pattern COUNT_WORD = Pattern.compile("(?i)(\\d{1,3})(?:st|nd|rd|th)?");

    /**
     * A small count or place written as one word: "3", "3rd", "three", "third" (ICU reads ordinals
     * too); 0 when the word is neither.
     */
    public static int count(String word) {
        java.util.regex.Matcher digits = COUNT_WORD.matcher(word);
        if (digits.matches()) {
            return Integer.parseInt(digits.group(1));
        }
        return Character.isDigit(word.charAt(0))
                ? 0
                : parse(word).map(Double::intValue).orElse(0);
    }

    /** The value of a span of number words, or empty when ICU cannot read all of it. */
    public static Optional<Double> parse(String words) {
        String clean = SPACES.matcher(AND.matcher(words.toLowerCase(Locale.ROOT).replace('-', ' '))
                        .replaceAll(" "))
                .replaceAll(" ")
                .trim();
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        Optional<Double> known = REMEMBERED.get(clean);
        if (known != null) {
            return known;
        }
        Optional<Double> value = read(clean);
        if (REMEMBERED.size() < MAX_REMEMBERED) {
            REMEMBERED.put(clean, value);
        }
        return value;
    }

    private static Optional<Double> read(String clean) {
        ParsePosition position = new ParsePosition(0);
        Number number = FORMAT.get().parse(clean, position);
        if (number == null || position.getIndex() < clean.length()) {
            return Optional.empty();
        }
        return Optional.of(number.doubleValue());
    }
}
