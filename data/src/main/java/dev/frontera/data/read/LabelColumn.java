package dev.frontera.data.read;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.DimensionValue;
import dev.frontera.core.dimension.Vocabulary;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the labels of one column into slugs through the {@link Vocabulary}, remembering each
 * label it has seen: a file repeats a few dozen labels over tens of thousands of rows, so the
 * vocabulary is asked once per label, not once per row, and every row shares one slug string.
 *
 * <p>A <em>closed</em> column accepts only the slugs it is given and rejects any other label
 * (a new region or title would change what totals mean). An <em>open</em> column (citizenship,
 * sector) keeps a label it does not know under its own slug, so a new country is not lost.
 */
final class LabelColumn {
    private final int column;
    private final Dimension dimension;
    private final Set<String> allowed;
    private final Map<String, String> overrides;
    private final Map<String, String> slugs = new HashMap<>();

    private LabelColumn(int column, Dimension dimension, Set<String> allowed, Map<String, String> overrides) {
        this.column = column;
        this.dimension = dimension;
        this.allowed = allowed;
        this.overrides = overrides;
    }

    /** A column whose values must be among {@code allowed} slugs. */
    static LabelColumn closed(int column, Dimension dimension, Set<String> allowed) {
        return new LabelColumn(column, dimension, Set.copyOf(allowed), Map.of());
    }

    /** A closed column where some labels mean something narrower than the vocabulary says. */
    static LabelColumn closed(int column, Dimension dimension, Set<String> allowed, Map<String, String> overrides) {
        Map<String, String> byLowerCase = new HashMap<>();
        overrides.forEach((label, slug) -> byLowerCase.put(label.toLowerCase(Locale.ROOT), slug));
        return new LabelColumn(column, dimension, Set.copyOf(allowed), Map.copyOf(byLowerCase));
    }

    /** A column that keeps unknown labels under their own slug. */
    static LabelColumn open(int column, Dimension dimension) {
        return new LabelColumn(column, dimension, null, Map.of());
    }

    int column() {
        return column;
    }

    String slug(CsvRow row) {
        String label = row.field(column);
        String slug = slugs.get(label);
        if (slug == null) {
            slug = resolve(row, label);
            slugs.put(label, slug);
        }
        return slug;
    }

    private String resolve(CsvRow row, String label) {
        String trimmed = label.trim();
        if (trimmed.isEmpty()) {
            throw row.reject(
                    column, "the %s is empty".formatted(dimension.displayName().toLowerCase(Locale.ROOT)));
        }
        String override = overrides.get(trimmed.toLowerCase(Locale.ROOT));
        if (override != null) {
            return override;
        }
        Vocabulary vocabulary = Vocabulary.standard();
        if (allowed == null) {
            return vocabulary.slugForLabel(dimension, trimmed).intern();
        }
        Optional<String> known = vocabulary.find(dimension, trimmed).map(DimensionValue::slug);
        if (known.isEmpty() || !allowed.contains(known.get())) {
            throw row.reject(
                    column,
                    "'%s' is not a known %s (expected one of: %s)"
                            .formatted(label, dimension.displayName().toLowerCase(Locale.ROOT), expectedLabels()));
        }
        return known.get();
    }

    private String expectedLabels() {
        Set<String> labels = new TreeSet<>();
        for (String slug : allowed) {
            labels.add(Vocabulary.standard().displayName(dimension, slug) + " [" + slug + "]");
        }
        return String.join(", ", labels);
    }
}
