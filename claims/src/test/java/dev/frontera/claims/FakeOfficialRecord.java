package dev.frontera.claims;

import dev.frontera.claims.reading.Figure;
import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.AnswerRow;
import dev.frontera.core.query.Family;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A small, hand-written official record for tests: a few figures taken from the shared
 * PROVENANCE.md (and two Mexico months read from the CBP state file), each with the release it
 * comes from. It answers only what it holds and says NOT_COVERED otherwise; months are ranked
 * among the months it holds of the same series.
 */
final class FakeOfficialRecord implements OfficialRecord {
    static final Release STATE_NOV_2023 = release(
            "nationwide-encounters-fy21-fy24-nov-state.csv", LocalDate.of(2023, 12, 22), YearMonth.of(2023, 11));
    static final Release STATE_FINAL = release(
            "nationwide-encounters-fy23-fy26-nov-state.csv", LocalDate.of(2025, 12, 15), YearMonth.of(2025, 11));
    static final Release SBO_AUG_2025 =
            release("sbo-encounters-fy22-fy25-aug.csv", LocalDate.of(2025, 9, 16), YearMonth.of(2025, 8));

    private record Figure(
            Measure measure, String region, String citizenship, String period, Release release, long value) {}

    private final List<Figure> figures = new ArrayList<>();

    FakeOfficialRecord() {
        both(Measure.ENCOUNTERS, "southwest", "", "FY2022", 2_378_944);
        both(Measure.ENCOUNTERS, "southwest", "", "FY2023", 2_475_669);
        both(Measure.ENCOUNTERS, "nationwide", "", "FY2022", 2_766_582);
        both(Measure.ENCOUNTERS, "nationwide", "", "FY2023", 3_201_144);
        add(Measure.ENCOUNTERS, "southwest", "", "2023-09", STATE_FINAL, 269_735);
        add(Measure.ENCOUNTERS, "southwest", "", "2023-11", STATE_NOV_2023, 242_418);
        add(Measure.ENCOUNTERS, "southwest", "", "2023-11", STATE_FINAL, 242_399);
        add(Measure.ENCOUNTERS, "southwest", "", "2023-12", STATE_FINAL, 301_981);
        add(Measure.ENCOUNTERS, "nationwide", "", "2023-11", STATE_NOV_2023, 308_728);
        add(Measure.ENCOUNTERS, "nationwide", "", "2023-11", STATE_FINAL, 308_605);
        add(Measure.ENCOUNTERS, "nationwide", "", "2023-12", STATE_FINAL, 370_883);
        add(Measure.ENCOUNTERS, "southwest", "mexico", "2023-03", STATE_FINAL, 81_307);
        add(Measure.ENCOUNTERS, "southwest", "mexico", "2023-12", STATE_FINAL, 69_041);
        add(Measure.USBP_ENCOUNTERS, "southwest", "", "2023-11", SBO_AUG_2025, 191_106);
        add(Measure.USBP_ENCOUNTERS, "southwest", "", "2023-12", SBO_AUG_2025, 249_740);
        add(Measure.USBP_ENCOUNTERS, "nationwide", "", "2023-11", SBO_AUG_2025, 192_380);
        add(Measure.USBP_ENCOUNTERS, "southwest", "", "FY2020", SBO_AUG_2025, 400_651);
        add(Measure.USBP_ENCOUNTERS, "southwest", "", "FY2021", SBO_AUG_2025, 1_659_206);
        add(Measure.USBP_ENCOUNTERS, "southwest", "", "FY2022", SBO_AUG_2025, 2_206_436);
        add(Measure.USBP_ENCOUNTERS, "southwest", "", "FY2023", SBO_AUG_2025, 2_045_838);
        add(Measure.OFO_ENCOUNTERS, "southwest", "", "FY2023", SBO_AUG_2025, 429_831);
    }

    private void both(Measure measure, String region, String citizenship, String period, long value) {
        add(measure, region, citizenship, period, STATE_NOV_2023, value);
        add(measure, region, citizenship, period, STATE_FINAL, value);
    }

    private void add(Measure measure, String region, String citizenship, String period, Release release, long value) {
        figures.add(new Figure(measure, region, citizenship, period, release, value));
    }

    @Override
    public Answer answer(Query query) {
        String region = only(query, Dimension.REGION).orElse("nationwide");
        String citizenship = only(query, Dimension.CITIZENSHIP).orElse("");
        Set<Dimension> held = Set.of(Dimension.REGION, Dimension.CITIZENSHIP);
        if (!held.containsAll(query.filters().keySet())) {
            throw new FronteraException(
                    ErrorCode.NOT_COVERED,
                    "the fake record holds no figures by " + query.filters().keySet());
        }
        Figure figure = find(
                        query.measure(), region, citizenship, query.period().label(), query.asOf())
                .orElseThrow(() -> new FronteraException(
                        ErrorCode.NOT_COVERED,
                        "no %s %s %s %s as of %s"
                                .formatted(
                                        query.measure().slug(),
                                        region,
                                        citizenship,
                                        query.period().label(),
                                        query.asOf().map(LocalDate::toString).orElse("now"))));
        Period period = query.period();
        AnswerRow row = new AnswerRow(
                period,
                Optional.empty(),
                Optional.empty(),
                figure.value(),
                figure.value() / (double) period.days(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                ranking(figure, query.asOf()));
        return new Answer(query, period, List.of(row), figure.value(), "fake", List.of(figure.release()), List.of());
    }

    private Optional<Figure> find(
            Measure measure, String region, String citizenship, String period, Optional<LocalDate> asOf) {
        return figures.stream()
                .filter(f -> f.measure == measure
                        && f.region.equals(region)
                        && f.citizenship.equals(citizenship)
                        && f.period.equals(period))
                .filter(f -> asOf.isEmpty() || !f.release.published().isAfter(asOf.get()))
                .max(Comparator.comparing(f -> f.release.published()));
    }

    private Optional<AnswerRow.Ranking> ranking(Figure figure, Optional<LocalDate> asOf) {
        if (!figure.period.matches("\\d{4}-\\d{2}")) {
            return Optional.empty();
        }
        List<Figure> months = figures.stream()
                .filter(f -> f.measure == figure.measure
                        && f.region.equals(figure.region)
                        && f.citizenship.equals(figure.citizenship)
                        && f.period.matches("\\d{4}-\\d{2}"))
                .map(f -> f.period)
                .distinct()
                .map(p -> find(figure.measure, figure.region, figure.citizenship, p, asOf))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(f -> f.period))
                .toList();
        long higher = months.stream().filter(f -> f.value > figure.value).count();
        long lower = months.stream().filter(f -> f.value < figure.value).count();
        Optional<Period> higherBefore = months.stream()
                .filter(f -> f.period.compareTo(figure.period) < 0 && f.value > figure.value)
                .reduce((a, b) -> b)
                .map(f -> Period.month(YearMonth.parse(f.period)));
        Optional<Period> lowerBefore = months.stream()
                .filter(f -> f.period.compareTo(figure.period) < 0 && f.value < figure.value)
                .reduce((a, b) -> b)
                .map(f -> Period.month(YearMonth.parse(f.period)));
        return Optional.of(new AnswerRow.Ranking(
                (int) higher + 1,
                months.size(),
                Period.month(YearMonth.parse(months.get(0).period)),
                higherBefore,
                lowerBefore,
                higher == 0,
                lower == 0));
    }

    private static Optional<String> only(Query query, Dimension dimension) {
        Set<String> values = query.filters().getOrDefault(dimension, Set.of());
        return values.stream().findFirst();
    }

    @Override
    public Optional<YearMonth> latestMonth(Optional<LocalDate> asOf) {
        return figures.stream()
                .map(Figure::release)
                .filter(r -> asOf.isEmpty() || !r.published().isAfter(asOf.get()))
                .map(Release::lastMonth)
                .max(Comparator.naturalOrder());
    }

    @Override
    public Set<String> values(Dimension dimension) {
        return Set.of();
    }

    @Override
    public List<Release> releases() {
        return List.of(STATE_FINAL, SBO_AUG_2025, STATE_NOV_2023);
    }

    private static Release release(String name, LocalDate published, YearMonth last) {
        String sha = Integer.toHexString(name.hashCode()) + "0".repeat(56);
        return new Release(
                sha.substring(0, 12),
                name,
                Family.SOUTHWEST_BY_COMPONENT,
                sha,
                Optional.empty(),
                published,
                false,
                YearMonth.of(2021, 10),
                last,
                0,
                false);
    }
}
