package dev.frontera.data.read;

import dev.frontera.core.dimension.Area;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.query.Family;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Border Patrol's monthly table by sector, one fiscal year per page ("Total Illegal Alien
 * Apprehensions By Month - FY 2000" ... "Total Encounters by Month - FY 2020"). Each row is a
 * sector with twelve months and a yearly total; then Coastal, Northern and Southwest Border rows
 * and a Monthly Total. Some sector labels wrap around their numbers ("Big Bend" / numbers /
 * "(formerly Marfa)"); closed sectors print {@code N/A}.
 *
 * <p>Every page is reconciled before anything is kept: each row's months must add up to its
 * printed yearly total, each border row must equal the sum of its sectors month by month, and
 * the monthly total the sum of the three borders. A page that does not reconcile is refused with
 * its page number and row. Only sector rows are stored (the border rows are their sums).
 */
final class UsbpMonthlyBySectorReader implements UsbpPdfs.PdfReader {
    private static final Pattern TITLE = Pattern.compile("(?i)by month - fy ?(\\d{4})");
    private static final int MONTHS = 12;
    private static final Map<String, Region> BORDER_ROWS = Map.of(
            "coastal border", Region.OTHER, "northern border", Region.NORTHERN, "southwest border", Region.SOUTHWEST);
    private static final String MONTHLY_TOTAL = "monthly total";

    @Override
    public Family family() {
        return Family.USBP_MONTHLY_BY_SECTOR;
    }

    @Override
    public boolean recognizes(String firstPage) {
        return firstPage.contains("united states border patrol")
                && TITLE.matcher(firstPage).find()
                && firstPage.contains("sector october november december");
    }

    @Override
    public List<Observation> read(String name, List<List<String>> pages) {
        List<Observation> observations = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (int page = 1; page <= pages.size(); page++) {
            List<String> lines = pages.get(page - 1);
            int fiscalYear = fiscalYear(name, page, lines);
            if (!years.add(fiscalYear)) {
                throw UsbpPdfs.refuse(name, page, "title", "FY%d appears on an earlier page too".formatted(fiscalYear));
            }
            readPage(name, page, fiscalYear, lines, observations);
        }
        return observations;
    }

    private static int fiscalYear(String name, int page, List<String> lines) {
        for (String line : lines.subList(0, Math.min(4, lines.size()))) {
            Matcher matcher = TITLE.matcher(line);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw UsbpPdfs.refuse(
                name, page, "title", "no title '... By Month - FY yyyy' at the top of the page; the layout changed");
    }

    private static void readPage(String name, int page, int fiscalYear, List<String> lines, List<Observation> into) {
        Map<Area, long[]> sectors = new LinkedHashMap<>();
        Map<Region, long[]> borders = new EnumMap<>(Region.class);
        long[] monthlyTotal = null;
        boolean header = false;
        String pendingLabel = null;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("sector october")) {
                header = true;
                continue;
            }
            if (!header || lower.startsWith("*")) {
                continue; // above the table, or a footnote ("*Livermore Sector was closed after FY 2004")
            }
            String[] tokens = line.split(" ");
            int firstCount = tokens.length;
            while (firstCount > 0 && UsbpPdfs.isCount(tokens[firstCount - 1])) {
                firstCount--;
            }
            int counts = tokens.length - firstCount;
            if (counts == 0) {
                // A label alone: the first half of a wrapped row, or its "(formerly ...)" tail, or a note.
                if (!lower.startsWith("(")
                        && !lower.startsWith("*")
                        && !lower.startsWith("yearly")
                        && !lower.equals("total")) {
                    pendingLabel = line;
                }
                continue;
            }
            if (counts != MONTHS + 1) {
                throw UsbpPdfs.refuse(
                        name, page, line, "expected 12 months and a yearly total, found %d numbers".formatted(counts));
            }
            String label = firstCount == 0 ? pendingLabel : String.join(" ", Arrays.copyOfRange(tokens, 0, firstCount));
            pendingLabel = null;
            if (label == null) {
                throw UsbpPdfs.refuse(name, page, line, "numbers without a sector label");
            }
            long[] values = new long[MONTHS + 1];
            for (int i = 0; i <= MONTHS; i++) {
                values[i] = UsbpPdfs.count(tokens[firstCount + i]);
            }
            checkRowTotal(name, page, label, values);
            String key = label.toLowerCase(Locale.ROOT);
            if (BORDER_ROWS.containsKey(key)) {
                borders.put(BORDER_ROWS.get(key), values);
            } else if (key.equals(MONTHLY_TOTAL)) {
                monthlyTotal = values;
            } else {
                Area sector = BorderPatrolSectors.find(label)
                        .orElseThrow(() -> UsbpPdfs.refuse(name, page, label, "not a Border Patrol sector"));
                if (sectors.put(sector, values) != null) {
                    throw UsbpPdfs.refuse(name, page, label, "the sector appears twice on the page");
                }
            }
        }
        if (borders.size() != 3 || monthlyTotal == null) {
            throw UsbpPdfs.refuse(
                    name,
                    page,
                    "Coastal/Northern/Southwest Border, Monthly Total",
                    "the border and total rows are missing; the layout changed");
        }
        reconcile(name, page, sectors, borders, monthlyTotal);
        for (Map.Entry<Area, long[]> row : sectors.entrySet()) {
            for (int i = 0; i < MONTHS; i++) {
                if (row.getValue()[i] >= 0) {
                    YearMonth month = FiscalMonthLabels.calendarMonth(fiscalYear, Month.OCTOBER.plus(i));
                    into.add(new Observation(
                            month,
                            row.getKey().region().slug(),
                            "usbp",
                            row.getKey().slug(),
                            null,
                            null,
                            null,
                            null,
                            row.getValue()[i]));
                }
            }
        }
    }

    private static void checkRowTotal(String name, int page, String label, long[] values) {
        long sum = 0;
        for (int i = 0; i < MONTHS; i++) {
            sum += Math.max(0, values[i]);
        }
        long printed = Math.max(0, values[MONTHS]);
        if (sum != printed) {
            throw UsbpPdfs.refuse(
                    name,
                    page,
                    label,
                    "the twelve months add up to %d but the printed yearly total is %d".formatted(sum, printed));
        }
    }

    private static void reconcile(
            String name, int page, Map<Area, long[]> sectors, Map<Region, long[]> borders, long[] monthlyTotal) {
        for (Map.Entry<Region, long[]> border : borders.entrySet()) {
            for (int i = 0; i <= MONTHS; i++) {
                long sum = 0;
                for (Map.Entry<Area, long[]> sector : sectors.entrySet()) {
                    if (sector.getKey().region() == border.getKey()) {
                        sum += Math.max(0, sector.getValue()[i]);
                    }
                }
                if (sum != border.getValue()[i]) {
                    throw UsbpPdfs.refuse(
                            name,
                            page,
                            label(border.getKey()),
                            "its sectors add up to %d in column %d but it prints %d"
                                    .formatted(sum, i + 1, border.getValue()[i]));
                }
            }
        }
        for (int i = 0; i <= MONTHS; i++) {
            long sum = 0;
            for (long[] border : borders.values()) {
                sum += border[i];
            }
            if (sum != monthlyTotal[i]) {
                throw UsbpPdfs.refuse(
                        name,
                        page,
                        "Monthly Total",
                        "the three borders add up to %d in column %d but it prints %d"
                                .formatted(sum, i + 1, monthlyTotal[i]));
            }
        }
    }

    private static String label(Region region) {
        return BORDER_ROWS.entrySet().stream()
                .filter(entry -> entry.getValue().equals(region))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(region.slug());
    }
}
