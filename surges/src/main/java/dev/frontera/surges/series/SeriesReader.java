package dev.frontera.surges.series;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.AnswerRow;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Release;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads the longest unbroken monthly series the record answers for a {@link SeriesSpec}: it
 * ends at the last month any release covering it holds, and starts as early as the releases
 * allow without a gap (months published only inside fiscal-year totals are gaps).
 */
public final class SeriesReader {
    private final OfficialRecord record;

    public SeriesReader(OfficialRecord record) {
        this.record = requireNonNull(record, "record is null");
    }

    /**
     * The series as the record stood on {@code asOf} (releases published by then), or as it stands now.
     *
     * @throws FronteraException {@code NOT_COVERED} when no release answers the series for any month
     */
    public MonthlySeries read(SeriesSpec spec, Optional<LocalDate> asOf) {
        List<Release> published = record.releases().stream()
                .filter(release -> asOf.isEmpty() || !release.published().isAfter(asOf.get()))
                .toList();
        // The spans the stored releases start and end at: the series starts and ends at one of them.
        TreeSet<YearMonth> starts = new TreeSet<>();
        TreeSet<YearMonth> ends = new TreeSet<>(Comparator.reverseOrder());
        for (Release release : published) {
            starts.add(release.firstMonth());
            // A yearly table's first month is its fiscal year's September; its months start in October.
            starts.add(release.firstMonth().minusMonths(11));
            ends.add(release.lastMonth());
        }
        FronteraException lastRefusal = null;
        for (YearMonth end : ends) {
            for (YearMonth start : starts) {
                if (start.isAfter(end)) {
                    break;
                }
                try {
                    return fromAnswer(spec, record.answer(spec.monthly(Period.months(start, end), asOf)), asOf);
                } catch (FronteraException e) {
                    if (e.code() != ErrorCode.NOT_COVERED) {
                        throw e;
                    }
                    lastRefusal = e;
                }
            }
        }
        throw lastRefusal != null
                ? lastRefusal
                : new FronteraException(
                        ErrorCode.NOT_COVERED,
                        "no release %s answers %s"
                                .formatted(asOf.map(d -> "published by " + d).orElse("is stored that"), spec.label()));
    }

    private static MonthlySeries fromAnswer(SeriesSpec spec, Answer answer, Optional<LocalDate> asOf) {
        List<Long> values = new ArrayList<>(answer.rows().size());
        for (AnswerRow row : answer.rows()) {
            values.add(row.value());
        }
        return new MonthlySeries(spec, answer.period().first(), values, answer.releases(), asOf);
    }
}
