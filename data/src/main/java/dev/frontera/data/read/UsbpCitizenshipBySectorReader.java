package dev.frontera.data.read;

import dev.frontera.core.dimension.Area;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.dimension.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Border Patrol's nationwide apprehensions by citizenship and sector, one table per fiscal
 * year (FY2007-FY2019), each over two or three pages. Empty cells are left blank, so each number
 * goes to the header column nearest to it on the page. Columns: the nine southwest sectors, the
 * southwest's other stations ({@code SBO}) and total; eight northern sectors, {@code NBO}, total;
 * three coastal sectors, {@code CBO}, total; the nationwide total.
 *
 * <p>Reconciled before anything is kept: in every row each border's columns add up to its printed
 * total and the three totals to the nationwide one; each year's {@code TOTAL} row equals the sum of
 * its country rows, column by column. Otherwise the table is refused with the page and the row.
 */
final class UsbpCitizenshipBySectorReader {
    /** "... by Citizenship and Sector in FY2007"; the FY2019 table says "Total Apprehensions for FY19 through ...". */
    private static final Pattern TITLE =
            Pattern.compile("(?i)by citizenship and sector in fy ?(\\d{4})|apprehensions for fy ?(\\d{2}) through");

    private static final List<String> CODES = List.of(
            "BBT",
            "DRT",
            "ELC",
            "EPT",
            "LRT",
            "RGV",
            "SDC",
            "TCA",
            "YUM",
            "SBO",
            "SW Total",
            "BLW",
            "BUN",
            "DTM",
            "GFN",
            "HLT",
            "HVM",
            "SPW",
            "SWB",
            "NBO",
            "N Total",
            "MIP",
            "NLL",
            "RMY",
            "CBO",
            "C Total",
            "Nationwide");
    /** For each border: its first column, its total column, its region. */
    private static final int[][] BORDERS = {{0, 10}, {11, 20}, {21, 25}};

    private static final Region[] REGIONS = {Region.SOUTHWEST, Region.NORTHERN, Region.OTHER};
    private static final int NATIONWIDE = 26;

    static boolean recognizes(String firstPage) {
        return TITLE.matcher(firstPage).find();
    }

    List<Observation> read(String name, List<List<List<PositionedWords.Word>>> pages) {
        Vocabulary vocabulary = Vocabulary.standard();
        List<Observation> observations = new ArrayList<>();
        Map<Integer, Boolean> totalled = new HashMap<>();
        int fiscalYear = -1;
        float[] centers = null;
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (int page = 1; page <= pages.size(); page++) {
            for (List<PositionedWords.Word> line : pages.get(page - 1)) {
                String text = String.join(
                        " ", line.stream().map(PositionedWords.Word::text).toList());
                Matcher title = TITLE.matcher(text);
                if (title.find()) {
                    fiscalYear = title.group(1) != null
                            ? Integer.parseInt(title.group(1))
                            : 2000 + Integer.parseInt(title.group(2));
                    rows = new LinkedHashMap<>();
                    continue;
                }
                if (text.startsWith("BBT DRT")) {
                    centers = header(name, page, line);
                    continue;
                }
                int firstNumber = 0;
                while (firstNumber < line.size()
                        && !UsbpPdfs.isCount(line.get(firstNumber).text())) {
                    firstNumber++;
                }
                if (firstNumber == line.size()
                        || firstNumber == 0
                        || centers == null
                        || fiscalYear < 0
                        || text.toLowerCase(Locale.ROOT).startsWith("page ")) {
                    continue; // titles, notes, page footers
                }
                String label = text.substring(
                                0, text.indexOf(line.get(firstNumber).text(), 0))
                        .trim();
                long[] values = new long[CODES.size()];
                for (PositionedWords.Word word : line.subList(firstNumber, line.size())) {
                    if (!UsbpPdfs.isCount(word.text())) {
                        throw UsbpPdfs.refuse(name, page, label, "'%s' is not a count".formatted(word.text()));
                    }
                    int column = nearest(centers, word.center());
                    if (values[column] != 0) {
                        throw UsbpPdfs.refuse(
                                name, page, label, "two numbers fall under column %s".formatted(CODES.get(column)));
                    }
                    values[column] = Math.max(0, UsbpPdfs.count(word.text()));
                }
                checkRow(name, page, label, values);
                if (label.equalsIgnoreCase("TOTAL")) {
                    checkColumns(name, page, fiscalYear, rows, values);
                    totalled.put(fiscalYear, true);
                    store(fiscalYear, rows, vocabulary, observations);
                    rows = new LinkedHashMap<>();
                } else if (rows.put(label, values) != null) {
                    throw UsbpPdfs.refuse(
                            name, page, label, "the citizenship appears twice in FY%d".formatted(fiscalYear));
                }
            }
        }
        if (!rows.isEmpty() || totalled.isEmpty()) {
            throw UsbpPdfs.refuse(name, pages.size(), "TOTAL", "the last table has no TOTAL row; the layout changed");
        }
        return observations;
    }

    private static float[] header(String name, int page, List<PositionedWords.Word> line) {
        List<String> words = line.stream().map(PositionedWords.Word::text).toList();
        List<String> expected = CODES.stream()
                .map(code -> code.endsWith("Total") ? "Total" : code)
                .map(code -> code.equals("Nationwide") ? "Total" : code)
                .toList();
        if (!words.equals(expected)) {
            throw UsbpPdfs.refuse(
                    name,
                    page,
                    String.join(" ", words),
                    "the sector header is not the expected " + String.join(" ", expected) + "; the layout changed");
        }
        float[] centers = new float[line.size()];
        for (int i = 0; i < centers.length; i++) {
            centers[i] = line.get(i).center();
        }
        return centers;
    }

    private static int nearest(float[] centers, float x) {
        int best = 0;
        for (int i = 1; i < centers.length; i++) {
            if (Math.abs(centers[i] - x) < Math.abs(centers[best] - x)) {
                best = i;
            }
        }
        return best;
    }

    private static void checkRow(String name, int page, String label, long[] values) {
        long nationwide = 0;
        for (int[] border : BORDERS) {
            long sum = 0;
            for (int i = border[0]; i < border[1]; i++) {
                sum += values[i];
            }
            if (sum != values[border[1]]) {
                throw UsbpPdfs.refuse(
                        name,
                        page,
                        label,
                        "the %s columns add up to %d but the printed total is %d"
                                .formatted(
                                        CODES.get(border[0]) + ".." + CODES.get(border[1] - 1),
                                        sum,
                                        values[border[1]]));
            }
            nationwide += sum;
        }
        if (nationwide != values[NATIONWIDE]) {
            throw UsbpPdfs.refuse(
                    name,
                    page,
                    label,
                    "the three borders add up to %d but the printed nationwide total is %d"
                            .formatted(nationwide, values[NATIONWIDE]));
        }
    }

    private static void checkColumns(String name, int page, int fiscalYear, Map<String, long[]> rows, long[] total) {
        for (int column = 0; column < CODES.size(); column++) {
            long sum = 0;
            for (long[] row : rows.values()) {
                sum += row[column];
            }
            if (sum != total[column]) {
                throw UsbpPdfs.refuse(
                        name,
                        page,
                        "TOTAL",
                        "FY%d column %s: the citizenships add up to %d but the printed total is %d"
                                .formatted(fiscalYear, CODES.get(column), sum, total[column]));
            }
        }
    }

    private static void store(int fiscalYear, Map<String, long[]> rows, Vocabulary vocabulary, List<Observation> into) {
        for (Map.Entry<String, long[]> row : rows.entrySet()) {
            String citizenship = vocabulary.slugForLabel(Dimension.CITIZENSHIP, row.getKey());
            for (int b = 0; b < BORDERS.length; b++) {
                for (int column = BORDERS[b][0]; column < BORDERS[b][1]; column++) {
                    long count = row.getValue()[column];
                    if (count > 0) {
                        // SBO, NBO and CBO (a border's other stations) have no sector.
                        String sector = BorderPatrolSectors.find(CODES.get(column))
                                .map(Area::slug)
                                .orElse(null);
                        into.add(new Observation(
                                FiscalMonthLabels.fiscalYearMonth(fiscalYear),
                                REGIONS[b].slug(),
                                "usbp",
                                sector,
                                null,
                                null,
                                citizenship,
                                null,
                                count));
                    }
                }
            }
        }
    }
}
