package dev.frontera.core.dimension;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every known value of every dimension, with the spellings that lead to it. Readers use it to
 * turn CBP's and DHS's labels into slugs; queries use it to read what people type
 * ({@code RGV}, {@code UAC}, {@code Border Patrol}, {@code MX}); everyone uses it for the region
 * of a sector or field office ({@link #regionOf(String)}).
 *
 * <p>Lookup ignores case, accents and punctuation. The lists are facts about the published
 * data, each in one file: {@link Region}, {@link Areas} (sectors and field offices),
 * {@link Countries}, {@link KnownValues} (the rest); values a future release adds still work
 * through {@link #slugify(String)}.
 */
public final class Vocabulary {
    /** Lists of valid values up to this long are printed whole in a suggestion; longer ones are not. */
    private static final int LISTED_IN_FULL = 25;

    private static final Vocabulary STANDARD = new Vocabulary(KnownValues.all(), Areas.all());

    private final Map<Dimension, Map<String, DimensionValue>> bySlug = new EnumMap<>(Dimension.class);
    private final Map<Dimension, Map<String, DimensionValue>> byKey = new EnumMap<>(Dimension.class);
    private final Map<String, Area> areas = new LinkedHashMap<>();

    private Vocabulary(Collection<DimensionValue> values, Collection<Area> knownAreas) {
        knownAreas.forEach(area -> areas.put(area.slug(), area));
        for (Dimension dimension : Dimension.values()) {
            bySlug.put(dimension, new LinkedHashMap<>());
            byKey.put(dimension, new HashMap<>());
        }
        for (DimensionValue value : values) {
            bySlug.get(value.dimension()).put(value.slug(), value);
            Map<String, DimensionValue> keys = byKey.get(value.dimension());
            keys.putIfAbsent(key(value.slug()), value);
            keys.putIfAbsent(key(value.displayName()), value);
            for (String alias : value.aliases()) {
                keys.putIfAbsent(key(alias), value);
            }
        }
    }

    /** The vocabulary of the published data. */
    public static Vocabulary standard() {
        return STANDARD;
    }

    /** Finds the value that a label, slug or alias names, if any. */
    public Optional<DimensionValue> find(Dimension dimension, String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(dimension).get(key(text)));
    }

    /** The value with exactly this slug, if known. */
    public Optional<DimensionValue> bySlug(Dimension dimension, String slug) {
        return Optional.ofNullable(bySlug.get(dimension).get(slug));
    }

    /**
     * The slug for a label found in an official file. Unknown labels of open dimensions
     * (citizenship, sector) become their own slug, so a new country in a release is kept, not lost.
     */
    public String slugForLabel(Dimension dimension, String label) {
        return find(dimension, label).map(DimensionValue::slug).orElseGet(() -> slugify(label));
    }

    /** The name to show for a slug: the known display name, or the slug made readable. */
    public String displayName(Dimension dimension, String slug) {
        return bySlug(dimension, slug).map(DimensionValue::displayName).orElseGet(() -> readable(slug));
    }

    /** The sector or field office with this slug, with its region, if known. */
    public Optional<Area> area(String slug) {
        return Optional.ofNullable(areas.get(slug));
    }

    /** Every known sector and field office: southwest, northern and other sectors, then the field offices. */
    public List<Area> areas() {
        return List.copyOf(areas.values());
    }

    /** The region a sector or field office lies in; empty for an area no release had named before. */
    public Optional<Region> regionOf(String area) {
        return area(area).map(Area::region);
    }

    public List<DimensionValue> values(Dimension dimension) {
        return List.copyOf(bySlug.get(dimension).values());
    }

    /**
     * Reads a value typed by a person among {@code valid} slugs, or fails with a message that
     * suggests the closest ones.
     */
    public String resolve(Dimension dimension, String text, Collection<String> valid) {
        Optional<DimensionValue> known = find(dimension, text);
        if (known.isPresent() && valid.contains(known.get().slug())) {
            return known.get().slug();
        }
        String slug = slugify(text);
        if (valid.contains(slug)) {
            return slug;
        }
        if (dimension == Dimension.STATE && valid.contains(text.trim().toUpperCase(Locale.ROOT))) {
            return text.trim().toUpperCase(Locale.ROOT);
        }
        throw new FronteraException(
                ErrorCode.UNKNOWN_VALUE,
                "unknown %s '%s'; %s".formatted(dimension.parameter(), text, suggestions(dimension, text, valid)));
    }

    /**
     * "did you mean ...?" with the closest valid values. A short list of valid values is given
     * whole; a long one (some 200 citizenships) only by its nearest values and its size.
     */
    public String suggestions(Dimension dimension, String text, Collection<String> valid) {
        String wanted = key(text);
        List<String> byNearness = valid.stream()
                .sorted(Comparator.comparingInt((String slug) -> distance(wanted, nearestKey(dimension, slug, wanted)))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        List<String> closest = byNearness.stream()
                .limit(3)
                .filter(slug ->
                        distance(wanted, nearestKey(dimension, slug, wanted)) <= Math.max(2, wanted.length() / 3))
                .toList();
        if (valid.size() <= LISTED_IN_FULL) {
            String all = valid.stream().sorted().collect(Collectors.joining(", "));
            return closest.isEmpty()
                    ? "valid values: " + all
                    : "did you mean %s? Valid values: %s".formatted(String.join(" or ", closest), all);
        }
        if (!closest.isEmpty()) {
            return "did you mean %s? (%d valid values)".formatted(String.join(" or ", closest), valid.size());
        }
        return "the nearest of its %d valid values: %s"
                .formatted(valid.size(), String.join(", ", byNearness.subList(0, Math.min(5, byNearness.size()))));
    }

    private String nearestKey(Dimension dimension, String slug, String wanted) {
        List<String> keys = new ArrayList<>();
        keys.add(key(slug));
        bySlug(dimension, slug).ifPresent(value -> {
            keys.add(key(value.displayName()));
            value.aliases().forEach(alias -> keys.add(key(alias)));
        });
        return keys.stream()
                .min(Comparator.comparingInt(k -> distance(wanted, k)))
                .orElse(slug);
    }

    /** {@code "Rio Grande Valley Sector"} becomes {@code rio-grande-valley-sector}. */
    public static String slugify(String label) {
        return Spelling.slug(label);
    }

    static String key(String text) {
        return Spelling.key(text);
    }

    private static String readable(String slug) {
        if (slug.isEmpty()) {
            return slug;
        }
        String spaced = slug.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static int distance(String a, String b) {
        return Spelling.distance(a, b);
    }
}
