package dev.frontera.core;

import java.util.Locale;

/**
 * A value as an error message quotes it: whole when short, else its start and its length, with
 * control characters shown as escapes. A 50 MB field never becomes a 50 MB message.
 */
public final class Excerpt {
    /** Values up to this many characters are quoted whole. */
    public static final int MAX_CHARS = 80;
    private static final int KEPT = 60;

    private Excerpt() {}

    /** {@code 'value'}, or {@code 'first 60 characters...' (12,345 characters)}. */
    public static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        if (value.length() <= MAX_CHARS) {
            return "'" + printable(value) + "'";
        }
        int end = Character.isHighSurrogate(value.charAt(KEPT - 1)) ? KEPT - 1 : KEPT;
        return String.format(Locale.ROOT, "'%s...' (%,d characters)", printable(value.substring(0, end)), value.length());
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
