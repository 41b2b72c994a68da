package dev.frontera.claims.internal.text;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses text the checker cannot read, with a message saying why: empty, binary, too large, or
 * not English. Cheap: it looks at a bounded sample, never the whole of a large text twice.
 */
public final class TextGuard {
    /** About 50 MB of English; beyond this the caller should split the input. */
    public static final int MAX_CHARS = 50_000_000;

    private static final int SAMPLE = 20_000;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> ENGLISH = Set.of(
            "the",
            "of",
            "and",
            "to",
            "in",
            "a",
            "is",
            "was",
            "were",
            "that",
            "for",
            "on",
            "at",
            "by",
            "with",
            "from",
            "as",
            "than",
            "more",
            "are",
            "has",
            "have",
            "it",
            "this",
            "people",
            "migrants",
            "border",
            "over",
            "said",
            "last",
            "month",
            "year");
    private static final int MIN_WORDS_FOR_LANGUAGE = 12;

    private TextGuard() {}

    /** Throws {@link FronteraException} when {@code text} cannot be checked; {@code source} names it. */
    public static void check(String text, String source) {
        if (text == null || text.isBlank()) {
            throw new FronteraException(
                    ErrorCode.INVALID_TEXT, "%s is empty: there is no text to check".formatted(source));
        }
        if (text.length() > MAX_CHARS) {
            throw new FronteraException(
                    ErrorCode.TOO_LARGE,
                    String.format(
                            Locale.ROOT,
                            "%s has %,d characters; the limit is %,d: split it into articles",
                            source,
                            text.length(),
                            MAX_CHARS));
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        long control = sample.chars()
                .filter(c ->
                        c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') || c == 0xFFFD)
                .count();
        if (control > 0 && control * 100 >= sample.length()) {
            throw new FronteraException(
                    ErrorCode.INVALID_TEXT,
                    "%s looks like binary data (%d control characters in the first %d): give plain text"
                            .formatted(source, control, sample.length()));
        }
        int words = 0;
        int english = 0;
        Matcher matcher = WORD.matcher(sample);
        while (matcher.find()) {
            words++;
            if (ENGLISH.contains(matcher.group().toLowerCase(Locale.ROOT))) {
                english++;
            }
        }
        if (words >= MIN_WORDS_FOR_LANGUAGE && english * 20 < words) {
            throw new FronteraException(
                    ErrorCode.INVALID_TEXT,
                    "%s does not look like English (%d of %d words are common English words): the checker reads English only"
                            .formatted(source, english, words));
        }
    }
}
