package dev.frontera.data.read;

/**
 * Reads an {@code Encounter Count} cell: a whole number, written {@code 123} or, in some
 * releases, {@code 123.0}. Anything else (a fraction, a sign, a thousands separator, text) is
 * rejected rather than rounded: a count that is not whole means the file is not what we think.
 */
final class EncounterCounts {
    private static final int MAX_DIGITS = 18;

    private EncounterCounts() {}

    static long parse(CsvRow row, int column) {
        String text = row.field(column);
        int length = text.length();
        int end = length;
        int point = text.indexOf('.');
        if (point >= 0) {
            for (int i = point + 1; i < length; i++) {
                if (text.charAt(i) != '0') {
                    throw row.reject(column, reasonFor(text));
                }
            }
            end = point;
        }
        if (end == 0 || end > MAX_DIGITS) {
            throw row.reject(column, reasonFor(text));
        }
        long count = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw row.reject(column, reasonFor(text));
            }
            count = count * 10 + (c - '0');
        }
        return count;
    }

    private static String reasonFor(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return "the count is empty";
        }
        if (trimmed.startsWith("-") && isNumber(trimmed.substring(1))) {
            return "'%s' is negative; a count of encounters cannot be".formatted(text);
        }
        if (isNumber(trimmed)) {
            return "'%s' is not a whole number of encounters".formatted(text);
        }
        return "'%s' is not a whole number".formatted(text);
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return !text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
