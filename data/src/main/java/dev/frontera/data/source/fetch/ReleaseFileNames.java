package dev.frontera.data.source.fetch;

import java.net.URI;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises official release files by their names, and reads from the name the last month of
 * data. CBP names say {@code fyAA-fyBB[-mmm]}: data through month {@code mmm} of FY BB, or the
 * whole of FY BB when there is no month. OHSS names say the month outright
 * ({@code ...-tables-august-2024.xlsx}) or as {@code fyAAmMM}, calendar month MM of FY AA
 * ({@code fy25m11} is November 2024). Anything else on the pages is ignored.
 */
final class ReleaseFileNames {
    // A trailing _N is how the publishers' CMS names a re-upload of a file with the same name.
    private static final String COPY = "(?:_(?<copy>\\d{1,3}))?";
    private static final String FISCAL_YEARS = "fy(?<first>\\d{2})-fy(?<last>\\d{2})(?:-(?<month>[a-z]{3}))?";
    private static final Pattern NATIONWIDE =
            Pattern.compile("nationwide-encounters-" + FISCAL_YEARS + "-(?<cut>state|aor)" + COPY + "\\.csv");
    private static final Pattern SOUTHWEST = Pattern.compile("sbo-encounters-" + FISCAL_YEARS + COPY + "\\.csv");
    private static final Pattern OHSS_TABLES = Pattern.compile(
            "(?:.*_)?ohss_immigration-enforcement-and-legal-processes-tables-(?<monthname>[a-z]+)-(?<year>\\d{4})"
                    + COPY + "\\.xlsx");
    private static final Pattern OHSS_USBP =
            Pattern.compile("khsm[ _-]*encounters[ _-]*\\(?usbp\\)?[ _-]*fy(?<fiscal>\\d{2})m(?<calendarmonth>\\d{2})"
                    + COPY + "\\.xlsx");
    // Upload folders: /sites/default/files/2025-12/ (current) and /assets/documents/2023-Nov/ (older).
    private static final Pattern UPLOAD_FOLDER = Pattern.compile("/(?<year>\\d{4})-(?<month>\\d{2}|[a-z]{3})/");

    private ReleaseFileNames() {}

    static Optional<ReleaseLink> recognize(URI url) {
        String path = url.getPath();
        if (path == null || path.isEmpty() || path.endsWith("/")) {
            return Optional.empty();
        }
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        String name = fileName.toLowerCase(Locale.ROOT);
        Optional<YearMonth> uploaded = uploadFolder(path.toLowerCase(Locale.ROOT));
        Matcher nationwide = NATIONWIDE.matcher(name);
        if (nationwide.matches()) {
            ReleaseSeries series = nationwide.group("cut").equals("state")
                    ? ReleaseSeries.NATIONWIDE_BY_STATE
                    : ReleaseSeries.NATIONWIDE_BY_AREA;
            return cbp(url, fileName, series, nationwide, uploaded);
        }
        Matcher southwest = SOUTHWEST.matcher(name);
        if (southwest.matches()) {
            return cbp(url, fileName, ReleaseSeries.SOUTHWEST_BY_COMPONENT, southwest, uploaded);
        }
        Matcher tables = OHSS_TABLES.matcher(name);
        if (tables.matches()) {
            int year = Integer.parseInt(tables.group("year"));
            return FiscalCalendar.month(tables.group("monthname"))
                    .map(month -> new ReleaseLink(
                            url,
                            fileName,
                            ReleaseSeries.OHSS_ENFORCEMENT_TABLES,
                            YearMonth.of(year, month),
                            uploaded,
                            copy(tables)));
        }
        Matcher usbp = OHSS_USBP.matcher(name);
        if (usbp.matches()) {
            int calendarMonth = Integer.parseInt(usbp.group("calendarmonth"));
            if (calendarMonth < 1 || calendarMonth > 12) {
                return Optional.empty();
            }
            YearMonth through =
                    FiscalCalendar.fiscalMonth(FiscalCalendar.century(usbp.group("fiscal")), Month.of(calendarMonth));
            return Optional.of(
                    new ReleaseLink(url, fileName, ReleaseSeries.OHSS_USBP_ENCOUNTERS, through, uploaded, copy(usbp)));
        }
        return Optional.empty();
    }

    private static Optional<ReleaseLink> cbp(
            URI url, String fileName, ReleaseSeries series, Matcher matcher, Optional<YearMonth> uploaded) {
        int lastFiscalYear = FiscalCalendar.century(matcher.group("last"));
        String month = matcher.group("month");
        if (month == null) {
            return Optional.of(new ReleaseLink(
                    url, fileName, series, FiscalCalendar.lastMonth(lastFiscalYear), uploaded, copy(matcher)));
        }
        return FiscalCalendar.month(month)
                .map(found -> new ReleaseLink(
                        url,
                        fileName,
                        series,
                        FiscalCalendar.fiscalMonth(lastFiscalYear, found),
                        uploaded,
                        copy(matcher)));
    }

    private static int copy(Matcher matcher) {
        String copy = matcher.group("copy");
        return copy == null ? 0 : Integer.parseInt(copy);
    }

    private static Optional<YearMonth> uploadFolder(String path) {
        Matcher matcher = UPLOAD_FOLDER.matcher(path);
        Optional<YearMonth> found = Optional.empty();
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group("year"));
            String month = matcher.group("month");
            Optional<Month> parsed = Character.isDigit(month.charAt(0))
                    ? validMonth(Integer.parseInt(month))
                    : FiscalCalendar.month(month);
            if (parsed.isPresent()) {
                found = Optional.of(YearMonth.of(year, parsed.get()));
            }
        }
        return found;
    }

    private static Optional<Month> validMonth(int number) {
        return number >= 1 && number <= 12 ? Optional.of(Month.of(number)) : Optional.empty();
    }
}
