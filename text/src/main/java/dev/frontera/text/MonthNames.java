package dev.frontera.text;

import java.util.Locale;
import java.util.OptionalInt;

/** English month names and their abbreviations, as articles write them ("December", "Dec.", "Sept."). */
public final class MonthNames {
    /** A month name or abbreviation, in lower case: compile it case-insensitively. */
    public static final String PATTERN = "(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|march|mar\\.|april|apr\\.|may|june|july"
            + "|aug(?:ust|\\.)?|sept(?:ember|\\.)?|sep\\.|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";

    private MonthNames() {}

    /** The month's number (1 for January) of a name {@link #PATTERN} matched, if it is one. */
    public static OptionalInt number(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (key.startsWith(prefixes[i])) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }
}
