package dev.frontera.core.dimension;

import java.util.ArrayList;
import java.util.List;

/**
 * The values the official files use, each with the labels CBP and DHS print and the words
 * people write: components, titles, demographics and states here; regions in {@link Region},
 * sectors and field offices in {@link Areas}, countries in {@link Countries}.
 */
final class KnownValues {
    private KnownValues() {}

    static List<DimensionValue> all() {
        List<DimensionValue> values = new ArrayList<>();
        regions(values);
        components(values);
        titles(values);
        demographics(values);
        values.addAll(Countries.all());
        states(values);
        areas(values);
        return values;
    }

    private static void add(
            List<DimensionValue> values, Dimension dimension, String slug, String name, String... aliases) {
        values.add(new DimensionValue(dimension, slug, name, List.of(aliases)));
    }

    private static void regions(List<DimensionValue> values) {
        for (Region region : Region.tabulated()) {
            add(
                    values,
                    Dimension.REGION,
                    region.slug(),
                    region.displayName(),
                    region.aliases().toArray(String[]::new));
        }
    }

    private static void components(List<DimensionValue> values) {
        add(
                values,
                Dimension.COMPONENT,
                "usbp",
                "U.S. Border Patrol",
                "U.S. Border Patrol",
                "US Border Patrol",
                "Border Patrol",
                "BP",
                "USBP");
        add(
                values,
                Dimension.COMPONENT,
                "ofo",
                "Office of Field Operations",
                "Office of Field Operations",
                "Field Operations",
                "OFO",
                "ports of entry",
                "ports");
    }

    private static void titles(List<DimensionValue> values) {
        add(values, Dimension.TITLE, "title-8", "Title 8", "Title 8", "T8", "8");
        add(values, Dimension.TITLE, "title-42", "Title 42", "Title 42", "T42", "42");
    }

    private static void demographics(List<DimensionValue> values) {
        add(
                values,
                Dimension.DEMOGRAPHIC,
                "single-adults",
                "Single adults",
                "Single Adults",
                "single adult",
                "SA",
                "adults");
        add(
                values,
                Dimension.DEMOGRAPHIC,
                "family-units",
                "Individuals in family units",
                "FMUA",
                "family units",
                "family unit",
                "Individuals in Family Units",
                "Family Unit Individuals",
                "families",
                "family members");
        add(
                values,
                Dimension.DEMOGRAPHIC,
                "unaccompanied-children",
                "Unaccompanied children",
                "UAC",
                "UC",
                "UC / Single Minors",
                "UC/Single Minors",
                "Unaccompanied Children/Single Minors",
                "unaccompanied children",
                "unaccompanied minors",
                "unaccompanied child",
                "unaccompanied alien children",
                "single minors");
        add(values, Dimension.DEMOGRAPHIC, "accompanied-minors", "Accompanied minors", "Accompanied Minors", "AM");
    }

    private static void states(List<DimensionValue> values) {
        String[][] states = {
            {"AL", "Alabama"},
            {"AK", "Alaska"},
            {"AZ", "Arizona"},
            {"AR", "Arkansas"},
            {"CA", "California"},
            {"CO", "Colorado"},
            {"CT", "Connecticut"},
            {"DE", "Delaware"},
            {"DC", "District of Columbia"},
            {"FL", "Florida"},
            {"GA", "Georgia"},
            {"HI", "Hawaii"},
            {"ID", "Idaho"},
            {"IL", "Illinois"},
            {"IN", "Indiana"},
            {"IA", "Iowa"},
            {"KS", "Kansas"},
            {"KY", "Kentucky"},
            {"LA", "Louisiana"},
            {"ME", "Maine"},
            {"MD", "Maryland"},
            {"MA", "Massachusetts"},
            {"MI", "Michigan"},
            {"MN", "Minnesota"},
            {"MS", "Mississippi"},
            {"MO", "Missouri"},
            {"MT", "Montana"},
            {"NE", "Nebraska"},
            {"NV", "Nevada"},
            {"NH", "New Hampshire"},
            {"NJ", "New Jersey"},
            {"NM", "New Mexico"},
            {"NY", "New York"},
            {"NC", "North Carolina"},
            {"ND", "North Dakota"},
            {"OH", "Ohio"},
            {"OK", "Oklahoma"},
            {"OR", "Oregon"},
            {"PA", "Pennsylvania"},
            {"RI", "Rhode Island"},
            {"SC", "South Carolina"},
            {"SD", "South Dakota"},
            {"TN", "Tennessee"},
            {"TX", "Texas"},
            {"UT", "Utah"},
            {"VT", "Vermont"},
            {"VA", "Virginia"},
            {"WA", "Washington"},
            {"WV", "West Virginia"},
            {"WI", "Wisconsin"},
            {"WY", "Wyoming"},
            {"PR", "Puerto Rico"},
            {"GU", "Guam"},
            {"VI", "U.S. Virgin Islands"},
            {"MP", "Northern Mariana Islands"},
            {"AS", "American Samoa"},
        };
        for (String[] state : states) {
            add(values, Dimension.STATE, state[0], state[1], state[1]);
        }
    }

    private static void areas(List<DimensionValue> values) {
        Areas.all().forEach(area -> values.add(area.asValue()));
    }
}
