package dev.frontera.claims.internal.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frontera.claims.internal.reading.Candidate;
import dev.frontera.claims.internal.reading.Feature;
import dev.frontera.claims.internal.verify.Evaluated;
import dev.frontera.claims.internal.verify.Fit;
import dev.frontera.claims.reading.Aggregate;
import dev.frontera.claims.reading.Figure;
import dev.frontera.claims.reading.Reading;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Measure;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestLogLinearRanker {
    private static final LogLinearRanker RANKER = new LogLinearRanker(ClaimModel.initial());

    private static Evaluated reading(int month, Map<Feature, Integer> features, Optional<Fit> fit) {
        Reading reading = Reading.of(
                Measure.ENCOUNTERS,
                Region.SOUTHWEST,
                Map.of(),
                Period.month(YearMonth.of(2023, month)),
                Aggregate.TOTAL);
        return new Evaluated(
                new Candidate(reading, features, Optional.empty()),
                fit.map(f -> new Figure(1, "a release")),
                Optional.empty(),
                fit,
                "");
    }

    private static Fit fits(double chance) {
        return new Fit(true, chance, new Fit.Miss(Fit.Scale.LOG, 0));
    }

    private static Fit misses(double distance) {
        return new Fit(false, 0.02, new Fit.Miss(Fit.Scale.LOG, distance));
    }

    @Test
    void a_precise_fit_under_a_reading_the_words_disfavour_outweighs_a_miss_under_the_favoured_one() {
        Posterior posterior = RANKER.rank(List.of(
                reading(11, Map.of(), Optional.of(misses(0.3))),
                reading(10, Map.of(Feature.PERIOD_SECOND, 1), Optional.of(fits(0.01)))));

        assertThat(posterior.accurate()).isGreaterThan(0.8);
        assertThat(posterior
                        .bestRight(false)
                        .orElseThrow()
                        .evaluated()
                        .candidate()
                        .reading()
                        .period()
                        .label())
                .isEqualTo("2023-10");
    }

    @Test
    void a_loose_fit_is_weaker_evidence_than_a_precise_one() {
        double precise = RANKER.rank(List.of(
                        reading(11, Map.of(), Optional.of(misses(0.3))),
                        reading(10, Map.of(Feature.PERIOD_SECOND, 1), Optional.of(fits(0.01)))))
                .accurate();
        double loose = RANKER.rank(List.of(
                        reading(11, Map.of(), Optional.of(misses(0.3))),
                        reading(10, Map.of(Feature.PERIOD_SECOND, 1), Optional.of(fits(0.5)))))
                .accurate();

        assertThat(loose).isLessThan(precise);
    }

    @Test
    void readings_the_record_cannot_answer_tell_nothing_and_the_four_outcomes_sum_to_one() {
        Posterior unanswered = RANKER.rank(List.of(reading(11, Map.of(), Optional.empty())));
        assertThat(unanswered.unknown()).isEqualTo(1.0, within(1e-9));

        Posterior mixed = RANKER.rank(List.of(
                reading(11, Map.of(), Optional.of(misses(0.05))),
                reading(10, Map.of(Feature.CONFUSED_SCOPE, 1), Optional.of(fits(0.02))),
                reading(9, Map.of(), Optional.empty())));
        assertThat(mixed.accurate() + mixed.misleading() + mixed.inaccurate() + mixed.unknown())
                .isEqualTo(1.0, within(1e-9));
        assertThat(mixed.misleading()).isGreaterThan(0);
        assertThat(mixed.accurate()).isZero();
    }
}
