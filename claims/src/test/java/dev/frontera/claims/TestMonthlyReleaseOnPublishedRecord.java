package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.Verdict;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Measure;
import dev.frontera.data.PublishedRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentences in the voice of a monthly release and its write-ups, written for these tests and checked
 * against the record first (Border Patrol at the southwest border: July 2025 4,596, August 2025 6,321,
 * August 2024 58,009; all southwest encounters July 2025 7,822, July 2024 104,101).
 */
class TestMonthlyReleaseOnPublishedRecord {
    private static final ClaimChecker CHECKER = ClaimChecker.create(PublishedRecord.full());
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 9, 20);

    private static List<CheckedClaim> claims(String sentence) {
        return CHECKER.check(sentence, PUBLISHED).claims();
    }

    @Test
    void each_change_of_a_sentence_keeps_its_own_base_and_direction() {
        List<CheckedClaim> right = claims(
                "August saw 6,321 apprehensions, an increase of 37.5% from July but still" + " 89% below August 2024.");
        assertThat(right).hasSize(3);
        // The 37.5% is August 2025's over July 2025, not August 2024's (the later figure's base); "below" makes the
        // 89% a fall, whatever "an increase" before it says.
        assertThat(right.subList(1, 3))
                .extracting(c -> Readings.of(c).period())
                .containsExactly(Period.month(YearMonth.of(2025, 8)), Period.month(YearMonth.of(2025, 8)));
        assertThat(right).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
    }

    @Test
    void including_ports_of_entry_is_every_encounter() {
        List<CheckedClaim> total = claims("Total southwest border encounters, including ports of entry, were 7,822 in"
                + " July, a 92% drop from July 2024.");
        assertThat(total).extracting(c -> Readings.of(c).measure()).containsOnly(Measure.ENCOUNTERS);
        assertThat(total).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
    }
}
