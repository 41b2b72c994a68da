package dev.frontera.movements.sightings;

import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Vocabulary;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The lengths and characters every stored movement field keeps to, checked by the store before
 * any write, so the command line and the API accept exactly the same input. Text is stripped and
 * put in Unicode NFC; control characters, bidirectional overrides, private-use and unassigned code
 * points are refused (they hide or reorder what a reader sees). Messages give lengths, never echo a
 * long value.
 */
final class FieldRules {
    public static final int MAX_NAME = 120;
    public static final int MAX_PLACE = 120;
    public static final int MAX_NATIONALITY = 60;
    public static final int MAX_NATIONALITIES = 20;
    public static final int MAX_URL = 2000;
    public static final int MAX_QUOTE = 2000;
    public static final int MAX_REASON = 1000;
    public static final int MAX_LABEL = 80;
    public static final int MAX_ID = 64;
    /** No caravan on record came near this; a larger size is a typing mistake. */
    public static final long MAX_SIZE = 1_000_000;

    private FieldRules() {}

    /** A required one-line text of at most {@code max} characters. */
    public static String line(String field, String value, int max) {
        String text = optionalLine(field, value, max);
        if (text.isEmpty()) {
            throw FronteraException.invalid("%s is required and must not be empty", field);
        }
        return text;
    }

    /** An optional one-line text (empty allowed) of at most {@code max} characters. */
    public static String optionalLine(String field, String value, int max) {
        return clean(field, value, max, false);
    }

    /** An optional text that may run over several lines (a quote, a reason). */
    public static String paragraph(String field, String value, int max) {
        return clean(field, value, max, true);
    }

    /** A required paragraph. */
    public static String requiredParagraph(String field, String value, int max) {
        String text = paragraph(field, value, max);
        if (text.isEmpty()) {
            throw FronteraException.invalid("%s is required and must not be empty", field);
        }
        return text;
    }

    /** An absolute {@code http} or {@code https} address with a host, at most {@link #MAX_URL} characters. */
    public static String url(String field, String value) {
        String text = line(field, value, MAX_URL);
        if (text.chars().anyMatch(Character::isWhitespace)) {
            throw FronteraException.invalid("%s must be a web address without spaces", field);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw FronteraException.invalid("%s is not a valid web address: %s", field, e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw FronteraException.invalid(
                    "%s must start with http:// or https:// (the page where it was read)", field);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw FronteraException.invalid("%s must name a host, as in https://news.example/article", field);
        }
        return text;
    }

    /** A list of at most {@link #MAX_NATIONALITIES} short one-line texts. */
    public static List<String> nationalities(List<String> values) {
        if (values.size() > MAX_NATIONALITIES) {
            throw FronteraException.invalid(
                    "nationalities lists %d entries; at most %d are kept", values.size(), MAX_NATIONALITIES);
        }
        return values.stream()
                .map(value -> line("each nationality", value, MAX_NATIONALITY))
                .toList();
    }

    /** A group size: 0 to {@link #MAX_SIZE} people. */
    public static void size(long low, long high) {
        if (high > MAX_SIZE || low > MAX_SIZE) {
            throw FronteraException.invalid(String.format(
                    Locale.ROOT,
                    "size %,d is larger than any group on record; at most %,d",
                    Math.max(low, high),
                    MAX_SIZE));
        }
    }

    /**
     * The id of a movement named {@code name}: its slug ({@code caravan-dec-2023}), cut at a
     * hyphen to {@link #MAX_ID} characters; a name with no Latin letter or digit (Japanese,
     * emoji) gets {@code movement-} and 12 hex digits of its SHA-256, so distinct names never
     * share an empty id.
     */
    public static String movementId(String name) {
        String slug = Vocabulary.slugify(name);
        if (slug.length() > MAX_ID) {
            int cut = slug.lastIndexOf('-', MAX_ID);
            slug = slug.substring(0, cut > 0 ? cut : MAX_ID);
        }
        if (!slug.isEmpty()) {
            return slug;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "movement-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Whether {@code id} could have been made by {@link #movementId}: lower-case letters, digits, single hyphens. */
    public static boolean isValidId(String id) {
        return id.length() <= MAX_ID && id.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    private static String clean(String field, String value, int max, boolean multiline) {
        if (value == null) {
            return "";
        }
        String text =
                Normalizer.normalize((multiline ? value.replace("\r\n", "\n") : value).strip(), Normalizer.Form.NFC);
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw FronteraException.invalid(
                    String.format(Locale.ROOT, "%s has %,d characters; at most %,d are kept", field, length, max));
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!allowed(c, multiline)) {
                throw FronteraException.invalid(
                        "%s holds the character U+%04X at position %d, which is not allowed"
                                + " (control, bidirectional override, private-use or unassigned)",
                        field, c, text.codePointCount(0, i) + 1);
            }
            i += Character.charCount(c);
        }
        return text;
    }

    private static boolean allowed(int c, boolean multiline) {
        if (c == '\n' || c == '\t') {
            return multiline;
        }
        if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0xFEFF) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
