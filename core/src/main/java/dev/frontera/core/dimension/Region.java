package dev.frontera.core.dimension;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where CBP counts an encounter: on the southwest land border, the northern land border, or
 * elsewhere (airports, seaports, the coasts, preclearance abroad), as its files' "Land Border
 * Region" column says. {@link #NATIONWIDE} is their sum: no file stores it, and a query for it
 * has no region filter.
 */
public enum Region {
    SOUTHWEST(
            "southwest",
            "Southwest land border",
            "at the southwest border",
            "Southwest Land Border",
            "Southwest Border",
            "SW",
            "SWB",
            "southern border",
            "southern",
            "US-Mexico border",
            "Mexico border",
            "southwestern border"),
    NORTHERN(
            "northern",
            "Northern land border",
            "at the northern border",
            "Northern Land Border",
            "Northern Border",
            "NLB",
            "north",
            "Canada border",
            "US-Canada border"),
    OTHER(
            "other",
            "Other (air, sea and coastal)",
            "at air, sea and coastal entries",
            "Other",
            "Coastal Border",
            "coastal",
            "air and sea",
            "air-sea"),
    NATIONWIDE("nationwide", "Nationwide", "nationwide", "all", "national");

    private final String slug;
    private final String displayName;
    private final String where;
    private final List<String> aliases;

    Region(String slug, String displayName, String where, String... aliases) {
        this.slug = slug;
        this.displayName = displayName;
        this.where = where;
        this.aliases = List.of(aliases);
    }

    /** {@code southwest}: what queries, the store and the command line use. */
    public String slug() {
        return slug;
    }

    public String displayName() {
        return displayName;
    }

    /** The region in a sentence: "encounters <em>at the southwest border</em>", "encounters <em>nationwide</em>". */
    public String where() {
        return where;
    }

    /** CBP's labels and the words people write for this region. */
    public List<String> aliases() {
        return aliases;
    }

    /** True for the sum of all regions, which is never a stored value. */
    public boolean isNationwide() {
        return this == NATIONWIDE;
    }

    /** The three regions CBP's files tabulate; every encounter lies in exactly one. */
    public static List<Region> tabulated() {
        return List.of(SOUTHWEST, NORTHERN, OTHER);
    }

    /** The region with exactly this slug, if any. */
    public static Optional<Region> bySlug(String slug) {
        return Arrays.stream(values())
                .filter(region -> region.slug.equals(slug))
                .findFirst();
    }

    /** The region a slug, label or alias names ({@code SWB}, {@code Northern Land Border}, {@code all}), if any. */
    public static Optional<Region> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = Vocabulary.key(text);
        return Arrays.stream(values())
                .filter(region -> Vocabulary.key(region.slug).equals(key)
                        || Vocabulary.key(region.displayName).equals(key)
                        || region.aliases.stream()
                                .anyMatch(alias -> Vocabulary.key(alias).equals(key)))
                .findFirst();
    }
}
