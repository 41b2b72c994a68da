package dev.frontera.core.dimension;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How Frontera compares names people type with the names it knows, everywhere: values of a
 * dimension, places of the gazetteer. Case, accents, punctuation and spaces do not count, and a
 * slip of the keyboard is one edit.
 */
public final class Spelling {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private Spelling() {}

    /** {@code "Ciudad Juárez"}, {@code "ciudad-juarez"} and {@code "CIUDAD JUAREZ"} all become {@code ciudadjuarez}. */
    public static String key(String name) {
        return NOT_ALPHANUMERIC.matcher(plain(name)).replaceAll("");
    }

    /** {@code "Rio Grande Valley Sector"} becomes {@code rio-grande-valley-sector}. */
    static String slug(String label) {
        String slug = NOT_ALPHANUMERIC.matcher(plain(label)).replaceAll("-");
        return slug.replaceAll("^-+|-+$", "");
    }

    private static String plain(String text) {
        return MARKS.matcher(Normalizer.normalize(text.trim(), Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * Edit distance counting a swap of two neighbouring letters as one edit (optimal string
     * alignment), since "Huixtal" for "Huixtla" is one slip, not two.
     */
    public static int distance(String a, String b) {
        return distance(a, b, Math.max(a.length(), b.length()));
    }

    /** The same, but stops once the distance is over {@code limit} (and then answers {@code limit + 1}). */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMinimum = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
                rowMinimum = Math.min(rowMinimum, best);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
