package dev.frontera.core;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value as an error message quotes it: whole when short, else its start and its length, with
 * control characters shown as escapes. A 50 MB field never becomes a 50 MB message.
 */
public final class Excerpt {
    /** Values up to this many characters are quoted whole. */
    public static final int MAX_CHARS = 80;

    private static final int KEPT = 60;

    /** Messages up to this long are left as they are. */
    static final int LONG_MESSAGE = 2_000;
    /** However a message was built, it is cut here. */
    static final int MAX_MESSAGE = 10_000;

    private static final Pattern LONG_QUOTE = Pattern.compile("'([^']{" + (MAX_CHARS + 1) + ",}+)'");

    private Excerpt() {}

    /**
     * A message with every quoted value longer than {@link #MAX_CHARS} shortened as
     * {@link #quoted} does, and cut at {@link #MAX_MESSAGE} characters whatever it holds: a 50 MB
     * field in a file never becomes a 50 MB message. Short messages are returned as they are.
     */
    public static String clipped(String message) {
        if (message.length() <= LONG_MESSAGE) {
            return message;
        }
        Matcher quote = LONG_QUOTE.matcher(message);
        StringBuilder out = new StringBuilder();
        while (quote.find()) {
            quote.appendReplacement(out, Matcher.quoteReplacement(quoted(quote.group(1))));
        }
        quote.appendTail(out);
        if (out.length() > MAX_MESSAGE) {
            int length = out.length();
            out.setLength(MAX_MESSAGE);
            out.append(String.format(Locale.ROOT, "... (message cut at %,d of %,d characters)", MAX_MESSAGE, length));
        }
        return out.toString();
    }

    /** {@code 'value'}, or {@code 'first 60 characters...' (12,345 characters)}. */
    public static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        if (value.length() <= MAX_CHARS) {
            return "'" + printable(value) + "'";
        }
        int end = Character.isHighSurrogate(value.charAt(KEPT - 1)) ? KEPT - 1 : KEPT;
        return String.format(
                Locale.ROOT, "'%s...' (%,d characters)", printable(value.substring(0, end)), value.length());
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT && c != 0x200D) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
