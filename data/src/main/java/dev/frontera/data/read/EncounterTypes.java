package dev.frontera.data.read;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Vocabulary;

/**
 * CBP's {@code Encounter Type} follows from component and title (data dictionary): Title 42
 * encounters are Expulsions; Title 8 encounters are Apprehensions for the Border Patrol and
 * Inadmissibles for Field Operations. The column adds nothing, so a row where it disagrees
 * is a file we do not understand, and is rejected.
 */
final class EncounterTypes {
    static final String APPREHENSIONS = "Apprehensions";
    static final String INADMISSIBLES = "Inadmissibles";
    static final String EXPULSIONS = "Expulsions";

    private EncounterTypes() {}

    static void check(CsvRow row, int column, String component, String title) {
        String found = row.field(column);
        String expected = expected(component, title);
        if (found.equals(expected) || found.trim().equalsIgnoreCase(expected)) {
            return;
        }
        String trimmed = found.trim();
        if (!trimmed.equalsIgnoreCase(APPREHENSIONS) && !trimmed.equalsIgnoreCase(INADMISSIBLES)
                && !trimmed.equalsIgnoreCase(EXPULSIONS)) {
            throw row.reject(column, "'%s' is not an encounter type (expected %s, %s or %s)"
                    .formatted(found, APPREHENSIONS, INADMISSIBLES, EXPULSIONS));
        }
        Vocabulary vocabulary = Vocabulary.standard();
        throw row.reject(column, "'%s' contradicts the row's %s and %s, which CBP reports as %s".formatted(found,
                vocabulary.displayName(Dimension.COMPONENT, component), vocabulary.displayName(Dimension.TITLE, title),
                expected));
    }

    private static String expected(String component, String title) {
        if (title.equals("title-42")) {
            return EXPULSIONS;
        }
        return component.equals("usbp") ? APPREHENSIONS : INADMISSIBLES;
    }
}
