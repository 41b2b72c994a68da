package dev.frontera.data.read;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Vocabulary;

/**
 * CBP's {@code Encounter Type} follows from component and title (data dictionary): Title 42
 * encounters are Expulsions; Title 8 encounters are Apprehensions for the Border Patrol and
 * Inadmissibles for Field Operations. The column adds nothing to component and title, so a
 * row where it disagrees is a file we do not understand, and is rejected.
 *
 * <p>One disagreement is CBP's own and is accepted: {@code sbo-encounters-fy19-fy22.csv}
 * labels every FY2022 Border Patrol Title 42 row {@code Apprehensions}. The later releases
 * ({@code sbo-encounters-fy22-fy25-*}) give the very same counts, key for key, as
 * {@code Expulsions}, so it is a label, not a different count. Title decides.
 */
final class EncounterTypes {
    static final String APPREHENSIONS = "Apprehensions";
    static final String INADMISSIBLES = "Inadmissibles";
    static final String EXPULSIONS = "Expulsions";

    private EncounterTypes() {}

    static void check(CsvRow row, int column, String component, String title) {
        String found = row.field(column);
        String expected = expected(component, title);
        if (found.equals(expected)
                || found.trim().equalsIgnoreCase(expected)
                || isBorderPatrolTitle42Label(found, component, title)) {
            return;
        }
        String trimmed = found.trim();
        if (!trimmed.equalsIgnoreCase(APPREHENSIONS)
                && !trimmed.equalsIgnoreCase(INADMISSIBLES)
                && !trimmed.equalsIgnoreCase(EXPULSIONS)) {
            throw row.reject(
                    column,
                    "'%s' is not an encounter type (expected %s, %s or %s)"
                            .formatted(found, APPREHENSIONS, INADMISSIBLES, EXPULSIONS));
        }
        Vocabulary vocabulary = Vocabulary.standard();
        throw row.reject(
                column,
                "'%s' contradicts the row's %s and %s, which CBP reports as %s"
                        .formatted(
                                found,
                                vocabulary.displayName(Dimension.COMPONENT, component),
                                vocabulary.displayName(Dimension.TITLE, title),
                                expected));
    }

    private static boolean isBorderPatrolTitle42Label(String found, String component, String title) {
        return component.equals("usbp")
                && title.equals("title-42")
                && found.trim().equalsIgnoreCase(APPREHENSIONS);
    }

    private static String expected(String component, String title) {
        if (title.equals("title-42")) {
            return EXPULSIONS;
        }
        return component.equals("usbp") ? APPREHENSIONS : INADMISSIBLES;
    }
}
