package dev.frontera.claims.internal.numbers;

import static java.util.Objects.requireNonNull;

/**
 * A number found in a sentence, with its place and how precisely it was written.
 *
 * @param start offset of the first character in the sentence
 * @param end offset just after the last character
 * @param text the number as written ("1.2 million", "two million", "191,113")
 * @param value the number ("one in four" is 0.25, "doubled" is 2, "20%" is 20)
 * @param unit the value of the last significant digit written: 100,000 for "1.2 million", 1 for
 *     "191,113"; it bounds the claim's own rounding
 * @param form what kind of number it is
 * @param low the lower end of a range written with two ends ("8,000 to 10,000 a day", "between 20 and 30
 *     percent"), whose {@code value} and {@code unit} are the upper end's; {@code value} itself otherwise
 */
public record Quantity(int start, int end, String text, double value, double unit, Form form, double low) {

    /** Counts, percentages, shares written as "one in four", and multiples such as "doubled". */
    public enum Form {
        COUNT,
        PERCENT,
        SHARE,
        MULTIPLE
    }

    public Quantity {
        requireNonNull(text, "text is null");
        requireNonNull(form, "form is null");
        if (end < start) {
            throw new IllegalArgumentException("quantity ends before it starts: " + text);
        }
        if (low > value) {
            throw new IllegalArgumentException("a range's lower end is above its upper end: " + text);
        }
    }

    /** A single number. */
    public Quantity(int start, int end, String text, double value, double unit, Form form) {
        this(start, end, text, value, unit, form, value);
    }

    /** Whether the number is a range with two ends. */
    public boolean isRange() {
        return low < value;
    }

    /**
     * The sign written before the number: 1 for "+12%", -1 for "-12%" (a minus, hyphen or en dash),
     * 0 when none is; a signed figure is a change, never a level or a share.
     */
    public int sign() {
        return switch (text.isEmpty() ? ' ' : text.charAt(0)) {
            case '+' -> 1;
            case '-', '\u2212', '\u2013' -> -1;
            default -> 0;
        };
    }

    /** The unit of the last significant digit of a whole number: 250,000 gives 10,000. */
    public static double unitOf(double wholeValue) {
        if (wholeValue < 1 || wholeValue != Math.rint(wholeValue)) {
            return 1;
        }
        double unit = 1;
        long rest = (long) wholeValue;
        while (rest >= 10 && rest % 10 == 0) {
            rest /= 10;
            unit *= 10;
        }
        return unit;
    }
}
