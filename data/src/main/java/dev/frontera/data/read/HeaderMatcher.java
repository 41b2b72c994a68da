package dev.frontera.data.read;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the family of a file from its header row. A header one or two columns away from a
 * family's is that family's file damaged (a column missing or renamed) and is reported as
 * malformed, naming the column; anything further off is a file Frontera does not support.
 */
final class HeaderMatcher {
    private static final int MAX_DIFFERENCES_FOR_DAMAGED = 2;

    private HeaderMatcher() {}

    static FamilyReader match(String file, List<String> header, List<FamilyReader> readers) {
        for (FamilyReader reader : readers) {
            if (reader.recognizes(header)) {
                return reader;
            }
        }
        FamilyReader closest = null;
        int fewest = Integer.MAX_VALUE;
        for (FamilyReader reader : readers) {
            int differences = differences(reader.header(), header);
            if (differences < fewest) {
                fewest = differences;
                closest = reader;
            }
        }
        if (closest != null && fewest <= MAX_DIFFERENCES_FOR_DAMAGED) {
            throw damaged(file, header, closest);
        }
        throw unsupported(file, header, readers);
    }

    private static int differences(List<String> expected, List<String> found) {
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(found);
        Set<String> unexpected = new HashSet<>(found);
        unexpected.removeAll(expected);
        return missing.size() + unexpected.size();
    }

    private static FronteraException damaged(String file, List<String> header, FamilyReader reader) {
        List<String> expected = reader.header();
        for (int column = 0; column < expected.size(); column++) {
            String wanted = expected.get(column);
            if (column >= header.size()) {
                return CsvRow.malformed(
                        file,
                        1,
                        column,
                        wanted,
                        "the header ends before column '%s'; %s".formatted(wanted, expectedHeader(reader)));
            }
            String found = header.get(column);
            if (!found.equals(wanted)) {
                String reason = header.contains(wanted)
                        ? "expected '%s' but found '%s' (columns out of order)".formatted(wanted, found)
                        : expected.contains(found)
                                ? "column '%s' is missing (found '%s' in its place)".formatted(wanted, found)
                                : "expected '%s' but found '%s' (column renamed?)".formatted(wanted, found);
                return CsvRow.malformed(file, 1, column, wanted, reason + "; " + expectedHeader(reader));
            }
        }
        int extra = expected.size();
        return CsvRow.malformed(
                file,
                1,
                extra,
                header.get(extra),
                "unexpected extra column '%s'; %s".formatted(header.get(extra), expectedHeader(reader)));
    }

    private static String expectedHeader(FamilyReader reader) {
        return "a %s file has the header: %s"
                .formatted(reader.family().displayName(), String.join(",", reader.header()));
    }

    private static FronteraException unsupported(String file, List<String> header, List<FamilyReader> readers) {
        String known = readers.stream()
                .map(reader -> "%s (%s): %s"
                        .formatted(
                                reader.family().displayName(),
                                reader.family().slug(),
                                String.join(",", reader.header())))
                .collect(Collectors.joining("; "));
        return new FronteraException(
                ErrorCode.UNSUPPORTED_FILE,
                "%s: line 1: the header row '%s' is not one Frontera knows. Known families and their headers: %s"
                        .formatted(file, String.join(",", header), known));
    }
}
