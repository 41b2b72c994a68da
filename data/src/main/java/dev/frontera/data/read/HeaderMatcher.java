package dev.frontera.data.read;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the family of a file from its header row. The family's columns may come in another order
 * or another letter case ("ENCOUNTER COUNT"): each is found by its name. A header one or two
 * columns away from a family's is that family's file damaged (a column missing or renamed) and is
 * reported as malformed, naming the column; anything further off is a file Frontera does not support.
 */
final class HeaderMatcher {
    private static final int MAX_DIFFERENCES_FOR_DAMAGED = 2;

    private HeaderMatcher() {}

    /** A family's reader, and where the file has each of the family's columns. */
    record Match(FamilyReader reader, int[] columns) {
        boolean inOrder() {
            for (int column = 0; column < columns.length; column++) {
                if (columns[column] != column) {
                    return false;
                }
            }
            return true;
        }
    }

    static Match match(String file, List<String> header, List<FamilyReader> readers) {
        for (FamilyReader reader : readers) {
            if (reader.recognizes(header)) {
                return new Match(
                        reader,
                        java.util.stream.IntStream.range(0, header.size()).toArray());
            }
        }
        for (FamilyReader reader : readers) {
            int[] columns = byName(reader.header(), header);
            if (columns != null) {
                return new Match(reader, columns);
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

    /** Where {@code found} has each column of {@code expected}, matched by name in any order or case; null if not all. */
    private static int[] byName(List<String> expected, List<String> found) {
        if (expected.size() != found.size()) {
            return null;
        }
        java.util.Map<String, Integer> at = new java.util.HashMap<>();
        for (int column = 0; column < found.size(); column++) {
            if (at.putIfAbsent(key(found.get(column)), column) != null) {
                return null; // a column named twice
            }
        }
        int[] columns = new int[expected.size()];
        for (int column = 0; column < expected.size(); column++) {
            Integer position = at.get(key(expected.get(column)));
            if (position == null) {
                return null;
            }
            columns[column] = position;
        }
        return columns;
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
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
