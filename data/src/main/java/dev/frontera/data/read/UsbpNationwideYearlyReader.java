package dev.frontera.data.read;

import dev.frontera.core.query.Family;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The Border Patrol's nationwide apprehensions by fiscal year, FY1925-FY2019, printed as two
 * columns of (year, apprehensions) pairs. The table prints no totals to reconcile against, so the
 * reader checks what it can: every year from the first to the last exactly once, nothing else on
 * the year lines. Each figure stands for the whole fiscal year (stored at its September) and has
 * no region: it answers nationwide questions only.
 */
final class UsbpNationwideYearlyReader implements UsbpPdfs.PdfReader {
    @Override
    public Family family() {
        return Family.USBP_NATIONWIDE_YEARLY;
    }

    @Override
    public boolean recognizes(String firstPage) {
        return firstPage.contains("nationwide illegal alien apprehensions fiscal years");
    }

    @Override
    public List<Observation> read(String name, List<List<String>> pages) {
        TreeMap<Integer, Long> years = new TreeMap<>();
        List<String> lines = pages.get(0);
        boolean header = false;
        for (String line : lines) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("fiscal year apprehensions")) {
                header = true;
                continue;
            }
            if (!header) {
                continue;
            }
            String[] tokens = line.split(" ");
            if (tokens.length % 2 != 0) {
                throw UsbpPdfs.refuse(name, 1, line, "expected pairs of fiscal year and apprehensions");
            }
            for (int i = 0; i < tokens.length; i += 2) {
                if (!tokens[i].matches("(19|20)\\d{2}")
                        || !UsbpPdfs.isCount(tokens[i + 1])
                        || tokens[i + 1].equalsIgnoreCase("N/A")) {
                    throw UsbpPdfs.refuse(
                            name,
                            1,
                            line,
                            "'%s %s' is not a fiscal year and a count".formatted(tokens[i], tokens[i + 1]));
                }
                if (years.put(Integer.parseInt(tokens[i]), UsbpPdfs.count(tokens[i + 1])) != null) {
                    throw UsbpPdfs.refuse(name, 1, line, "FY%s appears twice".formatted(tokens[i]));
                }
            }
        }
        if (years.isEmpty()) {
            throw UsbpPdfs.refuse(
                    name, 1, "Fiscal Year Apprehensions", "no year rows under the header; the layout changed");
        }
        if (years.lastKey() - years.firstKey() + 1 != years.size()) {
            throw UsbpPdfs.refuse(
                    name,
                    1,
                    "Fiscal Year",
                    "years %d to %d have gaps (%d of %d printed)"
                            .formatted(
                                    years.firstKey(),
                                    years.lastKey(),
                                    years.size(),
                                    years.lastKey() - years.firstKey() + 1));
        }
        List<Observation> observations = new ArrayList<>();
        years.forEach((year, count) -> observations.add(new Observation(
                FiscalMonthLabels.fiscalYearMonth(year), null, "usbp", null, null, null, null, null, count)));
        return observations;
    }
}
