package dev.frontera.data.read;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.DimensionValue;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.dimension.Vocabulary;
import dev.frontera.core.query.Family;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The OHSS Immigration Enforcement and Legal Processes monthly tables: two southwest border
 * tables, encounters by agency and sector or field office, and by agency and selected
 * citizenship (two cuts of the same encounters, never added together).
 *
 * <p>The sheets are formatted reports: title rows, a row of agency groups ({@code USBP},
 * {@code OFO}) above the column headers, a fiscal year label ({@code 2014}, {@code 2024 YTD})
 * only on the year's {@code Total} row with its months beneath, notes at the bottom. Only month
 * rows are stored; the totals are sums of them, and {@code Total ...} columns are skipped.
 */
final class EnforcementTablesReader implements OhssWorkbooks.WorkbookReader {
    static final String BY_SECTOR = "SWB Enc by Sector+Field Ofc";
    static final String BY_CITIZENSHIP = "SWB Encounters by Citizenship";
    /** The tables' "Other": every citizenship outside that release's top ten, not the CBP files' list. */
    static final String OTHER_CITIZENSHIPS = "other-than-top-ten";

    private final Vocabulary vocabulary = Vocabulary.standard();

    @Override
    public Family family() {
        return Family.OHSS_SOUTHWEST_MONTHLY;
    }

    @Override
    public List<String> sheets() {
        return List.of(BY_SECTOR, BY_CITIZENSHIP);
    }

    @Override
    public String signatureSheet() {
        return BY_SECTOR;
    }

    @Override
    public List<Observation> read(OhssWorkbooks.Sheets sheets) {
        List<Observation> observations = new ArrayList<>(8_000);
        readSheet(sheets.sheet(BY_SECTOR), Dimension.AREA, observations);
        readSheet(sheets.sheet(BY_CITIZENSHIP), Dimension.CITIZENSHIP, observations);
        return observations;
    }

    /** One stored column: its agency and the slug of its sector, field office or citizenship. */
    private record Column(int index, String component, String value) {}

    private void readSheet(SheetCells cells, Dimension cut, List<Observation> into) {
        int headerIndex = headerRow(cells);
        List<Column> columns = columns(cells, headerIndex, cut);
        Set<String> seen = new HashSet<>();
        int fiscalYear = -1;
        int stored = 0;
        for (int index = headerIndex + 1; index < cells.rowCount(); index++) {
            int row = index;
            String first = cells.text(row, 0);
            String second = cells.text(row, 1);
            if (second.equalsIgnoreCase("Total")) {
                String year = first.replaceAll("(?i)\\s*YTD$", "");
                if (!year.matches("\\d{4}")) {
                    throw cells.reject(
                            index, 0, "'%s' is not a fiscal year label such as 2014 or 2024 YTD".formatted(first));
                }
                fiscalYear = Integer.parseInt(year);
                continue;
            }
            if (second.isEmpty()) {
                continue; // notes, source line, blank rows
            }
            if (fiscalYear < 0) {
                throw cells.reject(index, 1, "month row '%s' comes before any fiscal year Total row".formatted(second));
            }
            int year = fiscalYear;
            YearMonth month = FiscalMonthLabels.parse(second, year)
                    .orElseThrow(() -> cells.reject(row, 1, "'%s' is not a month name".formatted(second)));
            if (!seen.add(month.toString())) {
                throw cells.rejectRow(index, "repeats the month %s of FY%d".formatted(second, year));
            }
            for (Column column : columns) {
                String text = cells.text(row, column.index());
                if (text.equalsIgnoreCase("X") || text.equalsIgnoreCase("NA") || text.equals("-")) {
                    continue; // not applicable, not available
                }
                long count = cells.count(row, column.index());
                into.add(new Observation(
                        month,
                        Region.SOUTHWEST.slug(),
                        column.component(),
                        cut == Dimension.AREA ? column.value() : null,
                        null,
                        null,
                        cut == Dimension.CITIZENSHIP ? column.value() : null,
                        null,
                        count));
                stored++;
            }
        }
        if (stored == 0) {
            throw cells.rejectRow(headerIndex, "the table has a header but no monthly rows");
        }
    }

    private static int headerRow(SheetCells cells) {
        for (int index = 0; index < Math.min(cells.rowCount(), 20); index++) {
            int row = index;
            if (SheetCells.headerKey(cells.text(row, 0)).equals("fiscal year")
                    && SheetCells.headerKey(cells.text(row, 1)).equals("month")) {
                return index;
            }
        }
        throw cells.rejectRow(
                0, "no header row starting 'Fiscal Year', 'Month' in the first 20 rows; the layout changed");
    }

    private List<Column> columns(SheetCells cells, int headerIndex, Dimension cut) {
        int groups = headerIndex - 1;
        int header = headerIndex;
        int width =
                headerIndex < cells.rowCount() ? cells.rows().get(headerIndex).size() : 0;
        List<Column> columns = new ArrayList<>();
        String group = "";
        for (int column = 2; column < width; column++) {
            String groupLabel = cells.text(groups, column);
            if (!groupLabel.isEmpty()) {
                group = groupLabel;
            }
            String label = SheetCells.headerKey(cells.text(header, column)).isEmpty()
                    ? ""
                    : cells.text(header, column).replaceAll("(?<=[A-Za-z])\\d+$", "");
            if (label.isEmpty() || label.toLowerCase(Locale.ROOT).startsWith("total")) {
                continue;
            }
            String component = switch (group.toUpperCase(Locale.ROOT)) {
                case "USBP" -> "usbp";
                case "OFO" -> "ofo";
                default -> null; // the "Total CBP" block repeats the two agencies' sum
            };
            if (component == null) {
                continue;
            }
            columns.add(new Column(column, component, slug(cells, headerIndex, column, cut, component, label)));
        }
        if (columns.isEmpty()) {
            throw cells.rejectRow(headerIndex, "no USBP or OFO columns under the header; the layout changed");
        }
        return columns;
    }

    private String slug(SheetCells cells, int row, int column, Dimension cut, String component, String label) {
        if (cut == Dimension.CITIZENSHIP) {
            return label.equalsIgnoreCase("Other") ? OTHER_CITIZENSHIPS : vocabulary.slugForLabel(cut, label);
        }
        String place = label.replaceAll(",\\s*[A-Z]{2}$", "").trim();
        String wanted = component.equals("ofo") ? place + " Field Office" : place + " Sector";
        return vocabulary
                .find(Dimension.AREA, wanted)
                .map(DimensionValue::slug)
                .orElseThrow(() -> cells.reject(
                        row,
                        column,
                        "'%s' is not a known %s"
                                .formatted(label, component.equals("ofo") ? "field office" : "Border Patrol sector")));
    }
}
