package dev.frontera.data.read;

import dev.frontera.core.dimension.Region;
import dev.frontera.core.query.Family;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Border Patrol's southwest border sectors by fiscal year, FY1960-FY2019: one row per year
 * with nine sectors and a "Southwest Border Total". The columns are fixed by the header (checked
 * word by word); each row's sectors must add up to its printed total, else the table is refused
 * with the page and the year. A figure stands for the whole fiscal year (stored at its September).
 */
final class UsbpSouthwestYearlyReader implements UsbpPdfs.PdfReader {
    /** The header's sectors, left to right, as printed (two carry their former names). */
    private static final List<String> COLUMNS = List.of(
            "big bend",
            "del rio",
            "el centro",
            "el paso",
            "laredo",
            "rio grande",
            "san diego",
            "tucson",
            "yuma",
            "southwest border");

    private static final List<String> SECTORS = List.of(
            "big-bend",
            "del-rio",
            "el-centro",
            "el-paso",
            "laredo",
            "rio-grande-valley",
            "san-diego",
            "tucson",
            "yuma");

    @Override
    public Family family() {
        return Family.USBP_SOUTHWEST_BY_SECTOR_YEARLY;
    }

    @Override
    public boolean recognizes(String firstPage) {
        return firstPage.contains("southwest border sectors") && firstPage.contains("apprehensions by fiscal year");
    }

    @Override
    public List<Observation> read(String name, List<List<String>> pages) {
        List<String> lines = pages.get(0);
        checkHeader(name, lines);
        List<Observation> observations = new ArrayList<>();
        Integer previousYear = null;
        for (String line : lines) {
            String[] tokens = line.split(" ");
            if (!tokens[0].matches("(19|20)\\d{2}") || tokens.length == 1) {
                continue;
            }
            if (tokens.length != SECTORS.size() + 2) {
                throw UsbpPdfs.refuse(
                        name,
                        1,
                        tokens[0],
                        "expected nine sectors and a total, found %d numbers".formatted(tokens.length - 1));
            }
            int year = Integer.parseInt(tokens[0]);
            if (previousYear != null && year != previousYear - 1) {
                throw UsbpPdfs.refuse(
                        name, 1, tokens[0], "follows FY%d; the years must run down one by one".formatted(previousYear));
            }
            previousYear = year;
            long sum = 0;
            List<Observation> row = new ArrayList<>();
            for (int i = 0; i < SECTORS.size(); i++) {
                if (!UsbpPdfs.isCount(tokens[i + 1]) || tokens[i + 1].equalsIgnoreCase("N/A")) {
                    throw UsbpPdfs.refuse(name, 1, tokens[0], "'%s' is not a count".formatted(tokens[i + 1]));
                }
                long count = UsbpPdfs.count(tokens[i + 1]);
                sum += count;
                row.add(new Observation(
                        FiscalMonthLabels.fiscalYearMonth(year),
                        Region.SOUTHWEST.slug(),
                        "usbp",
                        SECTORS.get(i),
                        null,
                        null,
                        null,
                        null,
                        count));
            }
            long total = UsbpPdfs.count(tokens[SECTORS.size() + 1]);
            if (sum != total) {
                throw UsbpPdfs.refuse(
                        name,
                        1,
                        tokens[0],
                        "the nine sectors add up to %d but the printed Southwest Border Total is %d"
                                .formatted(sum, total));
            }
            observations.addAll(row);
        }
        if (observations.isEmpty()) {
            throw UsbpPdfs.refuse(name, 1, "Fiscal Year", "no year rows under the header; the layout changed");
        }
        return observations;
    }

    private static void checkHeader(String name, List<String> lines) {
        String text = String.join(" ", lines).toLowerCase(Locale.ROOT);
        int at = text.indexOf("fiscal");
        for (String column : COLUMNS) {
            int next = at < 0 ? -1 : text.indexOf(column, at);
            if (next < 0) {
                throw UsbpPdfs.refuse(
                        name,
                        1,
                        "Fiscal Year",
                        "the header lacks the column '%s' in its place; the layout changed".formatted(column));
            }
            at = next + column.length();
        }
    }
}
