package dev.frontera.data.read;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.DimensionValue;
import dev.frontera.core.dimension.Vocabulary;
import dev.frontera.core.query.Family;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OHSS KHSM Border Patrol encounters workbook ({@code KHSM Encounters (USBP) fy25m11.xlsx}).
 * Of its sixteen sheets it reads the three monthly ones that cut the encounters by region and one
 * more dimension: sector, citizenship, family status. They are three tables of the same
 * encounters, so each row keeps only its own cut (the others stay unknown) and the engine never
 * adds two cuts together (see {@link Family#separateCuts()}). The other sheets are sums of these.
 */
final class KhsmUsbpReader implements OhssWorkbooks.WorkbookReader {
    static final String BY_SECTOR = "Monthly Rgn and Sector";
    static final String BY_CITIZENSHIP = "Monthly Rgn and Citp";
    static final String BY_FAMILY_STATUS = "Monthly Rgn and Fam Status";
    private static final Set<String> FAMILY_STATUSES =
            Set.of("single-adults", "family-units", "unaccompanied-children");

    private final Vocabulary vocabulary = Vocabulary.standard();

    @Override
    public Family family() {
        return Family.OHSS_USBP_MONTHLY;
    }

    @Override
    public List<String> sheets() {
        return List.of(BY_SECTOR, BY_CITIZENSHIP, BY_FAMILY_STATUS);
    }

    @Override
    public String signatureSheet() {
        return BY_SECTOR;
    }

    @Override
    public List<Observation> read(OhssWorkbooks.Sheets sheets) {
        List<Observation> observations = new ArrayList<>(25_000);
        readSheet(sheets.sheet(BY_SECTOR), "Sector", Dimension.AREA, observations);
        readSheet(sheets.sheet(BY_CITIZENSHIP), "Citizenship", Dimension.CITIZENSHIP, observations);
        readSheet(sheets.sheet(BY_FAMILY_STATUS), "Family Status", Dimension.DEMOGRAPHIC, observations);
        return observations;
    }

    private void readSheet(SheetCells cells, String cutHeader, Dimension cut, List<Observation> into) {
        List<String> expected = List.of("fiscal year", "month", "region", SheetCells.headerKey(cutHeader), "quantity");
        int header = 0;
        while (header < cells.rowCount() && cells.blank(header)) {
            header++;
        }
        for (int column = 0; column < expected.size(); column++) {
            if (!SheetCells.headerKey(cells.text(header, column)).equals(expected.get(column))) {
                throw cells.reject(
                        header,
                        column,
                        "expected the header '%s', found '%s'; the layout changed"
                                .formatted(expected.get(column), cells.text(header, column)));
            }
        }
        Map<String, String> slugs = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int rows = 0;
        for (int index = header + 1; index < cells.rowCount(); index++) {
            int row = index;
            if (cells.text(row, 0).isEmpty() && cells.text(row, 4).isEmpty()) {
                continue;
            }
            String yearText = cells.text(row, 0);
            if (!yearText.matches("\\d{4}")) {
                throw cells.reject(index, 0, "'%s' is not a fiscal year".formatted(yearText));
            }
            int fiscalYear = Integer.parseInt(yearText);
            YearMonth month = FiscalMonthLabels.parse(cells.text(row, 1), fiscalYear)
                    .orElseThrow(() -> cells.reject(
                            row, 1, "'%s' is not a month label such as '01 October'".formatted(cells.text(row, 1))));
            String region = closed(cells, row, 2, Dimension.REGION, CbpValues.REGIONS, slugs);
            String value = cut == Dimension.DEMOGRAPHIC
                    ? closed(cells, row, 3, cut, FAMILY_STATUSES, slugs)
                    : open(cells, row, 3, cut, slugs);
            long count = cells.count(row, 4);
            if (!seen.add(month + "|" + region + "|" + value)) {
                throw cells.rejectRow(
                        index, "repeats %s, %s, %s: one count would be added twice".formatted(month, region, value));
            }
            into.add(new Observation(
                    month,
                    region,
                    "usbp",
                    cut == Dimension.AREA ? value : null,
                    null,
                    cut == Dimension.DEMOGRAPHIC ? value : null,
                    cut == Dimension.CITIZENSHIP ? value : null,
                    null,
                    count));
            rows++;
        }
        if (rows == 0) {
            throw cells.rejectRow(header, "the sheet has a header but no data rows");
        }
    }

    private String closed(
            SheetCells cells,
            int row,
            int column,
            Dimension dimension,
            Set<String> allowed,
            Map<String, String> slugs) {
        String label = cells.text(row, column);
        String slug = slugs.computeIfAbsent(
                dimension + "|" + label,
                key -> vocabulary
                        .find(dimension, label)
                        .map(DimensionValue::slug)
                        .orElse(""));
        if (!allowed.contains(slug)) {
            throw cells.reject(
                    row,
                    column,
                    "'%s' is not a known %s"
                            .formatted(label, dimension.displayName().toLowerCase(java.util.Locale.ROOT)));
        }
        return slug;
    }

    private String open(SheetCells cells, int row, int column, Dimension dimension, Map<String, String> slugs) {
        String label = cells.text(row, column);
        if (label.isEmpty()) {
            throw cells.reject(row, column, "the %s is empty".formatted(dimension.parameter()));
        }
        return slugs.computeIfAbsent(dimension + "|" + label, key -> vocabulary.slugForLabel(dimension, label));
    }
}
