package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.Verdict;
import dev.frontera.data.PublishedRecord;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Claims about seasons, checked against the seasonal baseline of the real published record. */
class TestSeasonClaimsOnPublishedRecord {
    private static final ClaimChecker CHECKER = ClaimChecker.create(PublishedRecord.full());
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 8, 1);

    private static CheckedClaim season(String text) {
        List<CheckedClaim> found = CHECKER.check(text, PUBLISHED).claims().stream()
                .filter(c -> c.kind().equals("season"))
                .toList();
        assertThat(found).as(text).hasSize(1);
        CheckedClaim claim = found.get(0);
        assertThat(text.substring(claim.start(), claim.end())).isEqualTo(claim.text());
        return claim;
    }

    @Test
    void a_month_above_its_baseline_is_higher_than_typical_and_not_lower() {
        // December 2023 (301,981) lies above the baseline estimated from the months before it.
        CheckedClaim higher =
                season("Encounters at the southwest border in December 2023 were higher than is typical for December.");
        CheckedClaim lower =
                season("Encounters at the southwest border in December 2023 were lower than is typical for December.");

        assertThat(higher.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(higher.qualifier()).isEqualTo("above_typical");
        assertThat(higher.official().orElseThrow().value()).isEqualTo(301_981);
        assertThat(higher.explanation()).contains("301,981").contains("80% interval");
        assertThat(lower.verdict()).isNotEqualTo(Verdict.ACCURATE);
        assertThat(Readings.of(higher).period().label()).isEqualTo("2023-12");
    }

    @Test
    void a_month_set_against_the_season_claims_only_the_season_s_way() {
        // December usually falls a little on November (per day); December 2023 rose 24.6%, as the sentence says.
        CheckedClaim against = season("December typically sees a seasonal lull, but encounters at the southwest border"
                + " in December 2023 jumped nearly 25% from November.");
        assertThat(against.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(against.explanation()).contains("sets this month against the season");
        // Without the contrast, the month itself is claimed to have dipped, and it did not.
        CheckedClaim claimed =
                season("Encounters at the southwest border in December 2023 showed the usual seasonal" + " lull.");
        assertThat(claimed.verdict()).isEqualTo(Verdict.INACCURATE);
        // A contrast about something else leaves the month claimed.
        CheckedClaim aside = season("Encounters at the southwest border fell in December 2023 with the usual seasonal"
                + " dip, though agents said they remained busy.");
        assertThat(aside.verdict()).isEqualTo(Verdict.INACCURATE);
    }

    @Test
    void unusually_asks_for_a_figure_outside_the_usual_range() {
        CheckedClaim claim = season("Encounters at the southwest border were unusually high for December 2023.");

        boolean outside = claim.explanation().contains("the usual range.");
        assertThat(claim.verdict()).isEqualTo(outside ? Verdict.ACCURATE : Verdict.UNVERIFIABLE);
    }

    @Test
    void a_seasonal_dip_must_be_a_fall_in_a_month_that_usually_falls() {
        CheckedClaim dip = season(
                "Southwest border encounters dropped in January 2024, the usual seasonal dip after the holidays.");
        CheckedClaim rise = season("Southwest border encounters climbed in January 2024, the usual seasonal increase.");

        assertThat(dip.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(dip.explanation()).contains("301,981 in 2023-12 to 176,195 in 2024-01");
        // January 2024 fell by 42%: a rise it was not.
        assertThat(rise.verdict()).isEqualTo(Verdict.INACCURATE);
        assertThat(rise.qualifier()).isEqualTo("usual_rise");
    }

    @Test
    void the_official_figure_cites_the_release_that_holds_its_month() {
        CheckedClaim claim =
                season("Crossings at the southwest border fell in December 2019, the usual seasonal decline.");

        // The newest file starts in fiscal 2023; December 2019 comes from an older release.
        assertThat(claim.official().orElseThrow().value()).isEqualTo(40_565);
        assertThat(claim.official().orElseThrow().release())
                .doesNotContain("fy23-fy26")
                .contains("published");
    }

    @Test
    void the_series_follows_the_words_agency_and_group() {
        CheckedClaim patrol =
                season("Border Patrol apprehensions fell in June 2024, more than the usual seasonal dip.");
        CheckedClaim venezuelans = season("Encounters of Venezuelans were higher than typical for September 2023.");

        assertThat(Readings.of(patrol).measure().slug()).isEqualTo("usbp-encounters");
        assertThat(Readings.of(venezuelans).filters()).containsKey(dev.frontera.core.dimension.Dimension.CITIZENSHIP);
        assertThat(venezuelans.explanation()).contains("Venezuela");
    }

    @Test
    void without_a_month_the_newest_month_published_by_the_article_date_is_meant() {
        CheckedClaim claim = season("Crossings at the southern border are lower than usual for this time of year.");

        // The newest release published by 1 August 2024 is the May 2024 one (published 15 June 2024).
        assertThat(Readings.of(claim).period().label()).isEqualTo("2024-05");
    }

    @Test
    void ordinary_figures_and_words_make_no_season_claim() {
        List<CheckedClaim> claims = CHECKER.check(
                        "Encounters rose 10% in December, higher than expected. The usual suspects blamed the weather;"
                                + " arrivals were higher than usual, and nothing seasonal about it.",
                        PUBLISHED)
                .claims();

        assertThat(claims).noneMatch(c -> c.kind().equals("season"));
    }

    @Test
    void the_json_names_the_kind_and_what_was_said_of_the_season() {
        CheckResult result = CHECKER.check(
                "Encounters at the southwest border in December 2023 were higher than is typical for December.",
                PUBLISHED);
        var node = ClaimJson.create().toJson(result).get("claims").get(0);

        assertThat(node.get("kind").asText()).isEqualTo("season");
        assertThat(node.get("season").asText()).isEqualTo("above_typical");
        assertThat(node.get("reading").get("period").asText()).isEqualTo("2023-12");
    }
}
