package dev.frontera.claims.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.claims.internal.numbers.Quantity;
import dev.frontera.claims.internal.numbers.QuantityFinder;
import dev.frontera.core.period.Period;
import dev.frontera.text.Sentence;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestExtractionRules {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 12, 28);
    private final QuantityFinder finder = new QuantityFinder();

    private Quantity first(String sentence) {
        return finder.find(sentence).get(0);
    }

    @Test
    void quantity_finder_reads_digits_scales_words_and_shares() {
        assertThat(first("190K people").value()).isEqualTo(190_000);
        assertThat(first("1.2 million people").unit()).isEqualTo(100_000);
        assertThat(first("two million people").value()).isEqualTo(2_000_000);
        assertThat(first("a quarter million people").value()).isEqualTo(250_000);
        assertThat(first("two and a half million encounters").value()).isEqualTo(2_500_000);
        // A day of a month is no figure.
        assertThat(
                        finder
                                .find(
                                        "In fiscal 2025, which began Oct. 1, agents made about 160,000 arrests by January 20.")
                                .stream()
                                .map(Quantity::text))
                .containsExactly("2025", "160,000");
        assertThat(first("1 and a half million encounters").value()).isEqualTo(1_500_000);
        assertThat(first("one in four migrants").value()).isEqualTo(0.25);
        assertThat(first("1 in 5 were children").value()).isEqualTo(0.2);
        // A count written before a year is a count, not a share of the year.
        assertThat(first("which surpasses the 162,262 in 2018").value()).isEqualTo(162_262);
        assertThat(first("just over 300,000 in 2016").form()).isEqualTo(Quantity.Form.COUNT);
        assertThat(first("crossings doubled").form()).isEqualTo(Quantity.Form.MULTIPLE);
    }

    @Test
    void the_last_time_a_figure_crossed_a_number_is_a_bound_not_a_value() {
        QualifierRule rule = new QualifierRule();
        java.util.function.Function<String, Qualifier> bound = text -> rule.bound(
                text,
                finder.find(text).stream()
                        .filter(q -> q.text().equals("1,500"))
                        .findFirst()
                        .orElseThrow());

        assertThat(bound.apply("The last time the daily average dipped to 1,500 encounters was in July 2020."))
                .isEqualTo(Qualifier.UNDER);
        assertThat(bound.apply("It was the first time since 2000 that arrests rose above 1,500 a day."))
                .isEqualTo(Qualifier.AT_LEAST);
        // A change is not a threshold: "fell 30%" after "the first time" is still a fall of 30%.
        String fell = "It was the first time since 2017 that apprehensions fell 30% in a month.";
        Quantity thirty = finder.find(fell).stream()
                .filter(q -> q.text().startsWith("30"))
                .findFirst()
                .orElseThrow();
        assertThat(thirty.form()).isEqualTo(Quantity.Form.PERCENT);
        assertThat(rule.bound(fell, thirty)).isEqualTo(Qualifier.EXACT);
        // Without "the last time", a figure that dipped to a number is that number.
        assertThat(bound.apply("In July the daily average dipped to 1,500 encounters."))
                .isEqualTo(Qualifier.EXACT);
    }

    @Test
    void a_bare_number_set_against_a_rate_is_a_rate_of_the_same_kind() {
        ClaimExtractor extractor = new ClaimExtractor();
        java.util.function.Function<String, List<Rate>> rates =
                text -> extractor.extract(extractor.mentions(new Sentence(text, 0), PUBLISHED), PUBLISHED).stream()
                        .filter(c -> c.quantity().isPresent())
                        .map(ExtractedClaim::rate)
                        .toList();

        assertThat(rates.apply("January closed with an average of 930 daily encounters in the El Paso Sector compared"
                        + " to 1,798 for the month of December."))
                .containsExactly(Rate.PER_DAY, Rate.PER_DAY);
        assertThat(rates.apply("Agents made 2,400 arrests a day in May, up from 1,900 in April."))
                .containsExactly(Rate.PER_DAY, Rate.PER_DAY);
        // "More than" is a bound, not a comparison with the rate before it.
        assertThat(rates.apply("Agents averaged 2,400 arrests a day in May, more than 70,000 in all."))
                .containsExactly(Rate.PER_DAY, Rate.NONE);
        // A count beside a rate with no comparison between them stays a count.
        assertThat(rates.apply("Agents made 2,400 arrests a day in May, and 74,400 over the month."))
                .containsExactly(Rate.PER_DAY, Rate.NONE);
        // "Per day" after a later figure is that figure's; a range is one figure with one rate.
        assertThat(rates.apply("CBP recorded 10,960 encounters in November, an average of about 365 per day."))
                .containsExactly(Rate.NONE, Rate.PER_DAY);
        assertThat(rates.apply("Officials said 8,000 to 10,000 migrants a day were crossing."))
                .containsExactly(Rate.PER_DAY);
        // "A year" after a figure is a yearly average, unless it is a base ("a year earlier").
        assertThat(rates.apply("Agents averaged more than 1.1 million arrests a year from 2001 through 2008."))
                .containsExactly(Rate.PER_YEAR);
        assertThat(rates.apply("Agents made 52,000 arrests in May, up from 40,000 a year earlier."))
                .doesNotContain(Rate.PER_YEAR);
    }

    @Test
    void a_small_count_is_a_claim_beside_people_or_at_the_end_of_a_series_of_dated_figures() {
        ClaimExtractor extractor = new ClaimExtractor();
        java.util.function.Function<String, java.util.List<String>> claimed = text ->
                extractor
                        .extract(extractor.mentions(new dev.frontera.text.Sentence(text, 0), PUBLISHED), PUBLISHED)
                        .stream()
                        .map(c -> c.quantity().orElseThrow().text())
                        .toList();

        assertThat(claimed.apply("CBP officers expelled 69 aliens at the southwest ports of entry in March."))
                .contains("69");
        assertThat(
                        claimed.apply(
                                "Expulsions of children fell from 1,520 in November to just three in December and 18 in January."))
                .contains("three", "18");
        assertThat(claimed.apply("Agents in three sectors apprehended 1,520 migrants in November."))
                .doesNotContain("three");
    }

    @Test
    void a_forecast_rules_out_the_figures_it_governs_not_those_of_an_earlier_clause() {
        UnverifiableRule rule = new UnverifiableRule();
        String sentence = "There is an average of over 200,000 apprehensions a month, putting CBP on pace to have"
                + " well over 2 million apprehensions by October.";
        int average = sentence.indexOf("200,000");
        int total = sentence.indexOf("2 million");
        assertThat(rule.find(sentence, average, average + 7)).isEmpty();
        assertThat(rule.find(sentence, total, total + 9)).isPresent();
        String projected = "Apprehensions are projected to top 2 million this year.";
        int figure = projected.indexOf("2 million");
        assertThat(rule.find(projected, figure, figure + 9)).isPresent();
        String after = "About 2 million are projected this year.";
        assertThat(rule.find(after, 6, 15)).isPresent();
    }

    @Test
    void a_count_on_some_days_is_a_single_day_figure() {
        UnverifiableRule rule = new UnverifiableRule();
        String sentence =
                "At the height of the surge, agents were apprehending more than 10,000 migrants on some days.";
        int figure = sentence.indexOf("10,000");
        assertThat(rule.find(sentence, figure, figure + 6))
                .hasValueSatisfying(why -> assertThat(why).contains("single-day"));
        String month = "Agents apprehended more than 10,000 migrants in some months.";
        assertThat(rule.find(month, month.indexOf("10,000"), month.indexOf("10,000") + 6))
                .isEmpty();
    }

    @Test
    void a_peak_is_a_single_day_when_a_day_or_no_month_or_year_is_named() {
        UnverifiableRule rule = new UnverifiableRule();
        java.util.function.Function<String, java.util.Optional<String>> why = sentence -> {
            java.util.regex.Matcher figure =
                    java.util.regex.Pattern.compile("[\\d.,]+( million)?").matcher(sentence);
            figure.find();
            return rule.find(sentence, figure.start(), figure.end());
        };
        assertThat(why.apply("Border crossings peaked at more than 10,000 a day in December 2023."))
                .isPresent();
        assertThat(why.apply("Crossings peaked at more than 10,000.")).isPresent();
        // A year's or a month's total that was the highest: the record answers it.
        assertThat(why.apply("Title 42 expulsions peaked at nearly 1.1 million in fiscal 2022."))
                .isEmpty();
        assertThat(why.apply("Monthly encounters peaked at 301,981 in December 2023."))
                .isEmpty();
    }

    @Test
    void children_in_shelters_are_not_counted_by_cbp() {
        assertThat(new MeasureRule()
                        .find("Nearly 130,000 migrant children entered the government's shelter system", 0)
                        .measure())
                .isEmpty();
    }

    @Test
    void a_word_for_what_the_record_lacks_beside_one_for_what_it_counts_is_a_loose_name_for_the_count() {
        MeasureRule rule = new MeasureRule();
        String either = "In April, Border Patrol agents deported or detained 15,862 undocumented migrants.";
        assertThat(rule.find(either, either.indexOf("15,862")).measure()).isPresent();
        // Migrants a state bused elsewhere are the state's count.
        String bused = "Texas has bused more than 100,000 migrants to cities such as New York and Chicago.";
        assertThat(rule.find(bused, bused.indexOf("100,000")).measure()).isEmpty();
        // Flying visa-free names how they came, not a count of visas.
        String visaFree = "Mexicans, who could fly visa-free to Canada, accounted for about 11,000 encounters.";
        assertThat(rule.find(visaFree, visaFree.indexOf("11,000")).measure()).isPresent();
        String deported = "In April, the agency deported 15,862 undocumented migrants.";
        assertThat(rule.find(deported, deported.indexOf("15,862")).measure()).isEmpty();
        String booked = "About 1,400 people a day were scheduling appointments through the CBP One app.";
        assertThat(rule.find(booked, booked.indexOf("1,400")).measure()).isEmpty();
    }

    @Test
    void how_many_had_been_caught_before_is_not_in_the_counts() {
        MeasureRule rule = new MeasureRule();
        String before = "Roughly a quarter of those apprehended in fiscal 2023 had been caught at least once before.";
        assertThat(rule.find(before, 0).measure()).isEmpty();
        assertThat(rule.find("The recidivism rate was 27% in fiscal 2019.", 22).measure())
                .isEmpty();
        // Caught, with nothing of before: a count.
        String caught = "Agents caught 2 million people before the policy changed.";
        assertThat(rule.find(caught, caught.indexOf("2 million")).measure()).isPresent();
        String ever = "Agents caught 2 million, more people than ever apprehended before.";
        assertThat(rule.find(ever, ever.indexOf("2 million")).measure()).isPresent();
    }

    private static List<ExtractedClaim> claims(String sentence, LocalDate published) {
        ClaimExtractor extractor = new ClaimExtractor();
        return extractor.extract(extractor.mentions(new Sentence(sentence, 0), published), published);
    }

    @Test
    void a_figure_after_a_conjunction_with_no_words_of_its_own_counts_what_the_one_before_counts() {
        LocalDate published = LocalDate.of(2019, 1, 10);
        String sentence = "Border Patrol agents caught just under 400,000 people trying to illegally cross the border"
                + " in 2017, and just over 300,000 in 2016.";
        List<ExtractedClaim> claims = claims(sentence, published);
        assertThat(claims).hasSize(2);
        assertThat(claims.get(1).measure()).isEqualTo(claims.get(0).measure());
        assertThat(claims.get(1).measure().explicit()).isTrue();
        // Named beside it, its own scope stands.
        String ports = "Border Patrol agents caught 400,000 people in 2017, and 100,000 at ports of entry.";
        List<ExtractedClaim> split = claims(ports, published);
        assertThat(split.get(1).measure().measure()).contains(dev.frontera.core.query.Measure.OFO_ENCOUNTERS);
    }

    @Test
    void a_whole_after_of_the_counts_what_its_own_words_name_not_the_parts_agency() {
        List<ExtractedClaim> both = claims(
                "In fiscal 2023, 2,045,838 of the 2,475,669 encounters at the southwest border were made by the Border"
                        + " Patrol.",
                LocalDate.of(2024, 1, 20));
        assertThat(both.get(0).measure().measure()).contains(dev.frontera.core.query.Measure.USBP_ENCOUNTERS);
        assertThat(both.get(1).measure().measure()).contains(dev.frontera.core.query.Measure.ENCOUNTERS);
        assertThat(both.get(1).measure().explicit()).isFalse();
    }

    @Test
    void a_count_more_than_a_base_is_a_difference_even_with_its_scope_written_between() {
        String sentence = "There were 1,012 more encounters at the southwest border in April 2025 than in March.";
        ExtractedClaim difference = claims(sentence, LocalDate.of(2025, 6, 1)).get(0);
        assertThat(difference.change().difference()).isTrue();
        assertThat(difference.change().bases()).containsExactly(Period.month(YearMonth.of(2025, 3)));
        // "Rose by about 35,000" is a difference too, and the first month of the range its base.
        ExtractedClaim rose = claims(
                        "Venezuelan encounters rose by about 35,000 from August to September 2023.",
                        LocalDate.of(2024, 1, 20))
                .get(0);
        assertThat(rose.change().difference()).isTrue();
        assertThat(rose.change().bases()).containsExactly(Period.month(YearMonth.of(2023, 8)));
        // "Picked up" is a verb, not a rise.
        assertThat(claims("Officials picked up more than 19,000 children last month.", LocalDate.of(2021, 5, 1))
                        .get(0)
                        .change()
                        .difference())
                .isFalse();
        // A clause after a comma is not the count's comparison.
        String apart = "Agents made 12,023 apprehensions in April 2025, and more migrants than ever sought asylum.";
        assertThat(claims(apart, LocalDate.of(2025, 6, 1)).get(0).change().difference())
                .isFalse();
    }

    @Test
    void the_count_written_for_a_changes_base_is_kept_but_never_a_year_or_a_span() {
        assertThat(baseCount("Encounters were about 20% higher than the 252,315 recorded a year earlier.", 0))
                .contains(252_315.0);
        assertThat(baseCount("Apprehensions dropped 25 percent from 2023 to 2024 (from 2,045,838 to 1,530,523).", 0))
                .contains(2_045_838.0);
        assertThat(baseCount("Encounters in May were down 15% compared to 2022.", 0))
                .isEmpty();
        assertThat(baseCount("Agents made 45,225 arrests, an increase of 47 percent over one year ago.", 1))
                .isEmpty();
    }

    private static java.util.Optional<Double> baseCount(String sentence, int figure) {
        return claims(sentence, LocalDate.of(2024, 1, 26))
                .get(figure)
                .change()
                .baseCount()
                .map(count -> count.quantity().value());
    }

    @Test
    void a_period_after_compared_with_at_the_head_of_the_clause_is_the_base_of_the_change_after_it() {
        LocalDate published = LocalDate.of(2024, 1, 30);
        String sentence = "Compared with December 2022, encounters rose nearly 20%.";
        ExtractedClaim change = claims(sentence, published).get(0);
        assertThat(change.change().bases()).containsExactly(Period.month(YearMonth.of(2022, 12)));
        assertThat(change.baseMentions()).containsExactly(sentence.indexOf("December"));
        // After "and", a later clause may open the same way.
        String and = "Encounters fell in January, and compared with January 2023 they rose 12%.";
        assertThat(claims(and, published).get(0).change().bases()).containsExactly(Period.month(YearMonth.of(2023, 1)));
        // A period that dates the change is no base.
        assertThat(claims("In December 2022, encounters rose nearly 20%.", published)
                        .get(0)
                        .change()
                        .bases())
                .isEmpty();
    }

    @Test
    void a_percentage_set_against_the_one_before_it_is_the_same_kind_of_figure() {
        LocalDate published = LocalDate.of(2024, 10, 25);
        List<ExtractedClaim> shares = claims(
                "Ports of entry accounted for 28% of southwest border encounters in fiscal 2024, up from 17% a year"
                        + " earlier.",
                published);
        assertThat(shares).extracting(ExtractedClaim::qualifier).containsExactly(Qualifier.RATIO, Qualifier.RATIO);
        List<ExtractedClaim> changes = claims("Encounters rose 20% in May, up from 15% in April.", published);
        assertThat(changes).extracting(ExtractedClaim::qualifier).containsExactly(Qualifier.CHANGE, Qualifier.CHANGE);
    }

    @Test
    void a_daily_average_named_as_the_subject_makes_the_level_after_its_verb_a_daily_rate() {
        LocalDate published = LocalDate.of(2024, 10, 25);
        assertThat(claims(
                                "The daily average of encounters at the southwest border fell to about 5,800 in"
                                        + " fiscal 2024.",
                                published)
                        .get(0)
                        .rate())
                .isEqualTo(Rate.PER_DAY);
        assertThat(claims("The daily average fell in fiscal 2024, as agents made 1.5 million arrests.", published)
                        .get(0)
                        .rate())
                .isNotEqualTo(Rate.PER_DAY);
    }

    @Test
    void the_verbs_of_a_rise_or_a_fall_make_a_percentage_a_change_with_its_direction() {
        LocalDate published = LocalDate.of(2024, 5, 1);
        for (String rise : List.of("ballooned", "skyrocketed", "swelled", "leapt", "soared")) {
            ExtractedClaim change = claims("Encounters with Venezuelans " + rise + " 42% in fiscal 2023.", published)
                    .get(0);
            assertThat(change.qualifier()).as(rise).isEqualTo(Qualifier.CHANGE);
            assertThat(change.change().direction()).as(rise).isEqualTo(1);
        }
        for (String fall : List.of("tumbled", "slumped", "slid", "sank", "shrank")) {
            ExtractedClaim change = claims("Encounters with Venezuelans " + fall + " 42% in fiscal 2023.", published)
                    .get(0);
            assertThat(change.qualifier()).as(fall).isEqualTo(Qualifier.CHANGE);
            assertThat(change.change().direction()).as(fall).isEqualTo(-1);
        }
        assertThat(claims(
                                "Venezuelans, a growing share of arrivals, made up 12% of encounters in fiscal 2023.",
                                published)
                        .get(0)
                        .qualifier())
                .isEqualTo(Qualifier.RATIO);
        assertThat(claims("Venezuelans made up 42% of encounters in fiscal 2023.", published)
                        .get(0)
                        .qualifier())
                .isEqualTo(Qualifier.RATIO);
    }

    @Test
    void a_monthly_average_named_before_a_long_scope_is_the_rate_of_the_figure_in_apposition() {
        LocalDate published = LocalDate.of(2025, 6, 1);
        assertThat(claims(
                                "That is more than the monthly average of Border Patrol apprehensions at the southwest"
                                        + " border during Trump's first term, about 43,000.",
                                published)
                        .get(0)
                        .rate())
                .isEqualTo(Rate.PER_MONTH);
        // Another figure between them is the average's own.
        assertThat(claims("The monthly average was 43,000 in 2019, and 2,300 were children.", published)
                        .get(1)
                        .rate())
                .isNotEqualTo(Rate.PER_MONTH);
        assertThat(claims("Encounters averaged more than 40,000 a week last fiscal year.", published)
                        .get(0)
                        .rate())
                .isEqualTo(Rate.PER_WEEK);
        // A year may stand between; a week's rate after another figure is that figure's only.
        assertThat(claims("The monthly average in fiscal 2019 was 70,000.", published)
                        .get(0)
                        .rate())
                .isEqualTo(Rate.PER_MONTH);
        assertThat(claims("Encounters averaged about 50,000 a month in 2023, or roughly 12,000 a week.", published))
                .extracting(ExtractedClaim::rate)
                .containsExactly(Rate.PER_MONTH, Rate.PER_WEEK);
    }

    @Test
    void beating_a_base_by_a_fraction_is_a_rise_over_it_even_past_an_aside() {
        ExtractedClaim change = claims(
                        "Agents beat their prior record — again, set under Biden’s first partial fiscal year in"
                                + " FY 2021 — by about a quarter.",
                        LocalDate.of(2022, 10, 28))
                .get(0);
        assertThat(change.qualifier()).isEqualTo(Qualifier.CHANGE);
        assertThat(change.change().direction()).isEqualTo(1);
        assertThat(change.change().bases()).containsExactly(Period.fiscalYear(2021));
    }

    @Test
    void a_period_that_names_another_figure_is_not_this_figures_own_unless_the_figure_is_that_one() {
        LocalDate published = LocalDate.of(2024, 2, 14);
        String half = "Border Patrol agents made 124,215 apprehensions, about half the December figure.";
        assertThat(claims(half, published).get(0).baseMentions()).containsExactly(half.indexOf("December"));
        String own = "Encounters fell to 176,195 in January, down from the December total of 301,981.";
        List<ExtractedClaim> both = claims(own, published);
        assertThat(both.get(1).baseMentions()).doesNotContain(own.indexOf("December"));
    }

    @Test
    void the_same_period_in_a_year_names_the_base_of_a_change_not_its_period() {
        String sentence = "This compares to only 77,794 family units apprehended during the same period in Fiscal Year"
                + " 2018 — a 456.4 percent increase, officials reported.";
        ExtractedClaim change = claims(sentence, LocalDate.of(2019, 8, 12)).stream()
                .filter(c -> c.qualifier() == Qualifier.CHANGE)
                .findFirst()
                .orElseThrow();
        assertThat(change.change().yearBefore()).isTrue();
        assertThat(change.baseMentions()).containsExactly(sentence.indexOf("Fiscal Year 2018"));
    }

    @Test
    void evading_capture_is_a_got_away() {
        assertThat(new MeasureRule()
                        .find("240,256 were apprehended or reported evading capture in May", 0)
                        .measure())
                .isEmpty();
    }

    @Test
    void not_statistic_rule_fires_on_years_distances_money_and_caravans_but_not_on_counts() {
        NotStatisticRule rule = new NotStatisticRule();
        String years = "He returns to power in 2019.";
        assertThat(rule.find(years, first(years))).isPresent();
        String distance = "The caravan is 1,000 miles south.";
        assertThat(rule.find(distance, first(distance))).isPresent();
        String money = "It costs $1.2 billion.";
        assertThat(rule.find(money, first(money))).isPresent();
        String count = "Agents apprehended 191,113 migrants.";
        assertThat(rule.find(count, first(count))).isEmpty();
    }

    @Test
    void a_headline_verb_top_bounds_the_number_but_the_top_ten_does_not() {
        LocalDate published = LocalDate.of(2022, 6, 15);
        ExtractedClaim top = claims("Southwest border apprehensions top 200,000 for third straight month", published)
                .get(0);
        assertThat(top.bound()).isEqualTo(Qualifier.OVER);
        assertThat(top.streak()).isPresent();
        assertThat(claims("Mexicans led the top 10 nationalities with 60,000 encounters.", published).stream()
                        .map(ExtractedClaim::bound))
                .doesNotContain(Qualifier.OVER);
    }

    @Test
    void qualifier_rule_reads_the_words_before_the_number() {
        QualifierRule rule = new QualifierRule();
        String over = "over 190,000 people";
        assertThat(rule.find(over, first(over))).isEqualTo(Qualifier.OVER);
        String nearly = "nearly 250,000 people";
        assertThat(rule.find(nearly, first(nearly))).isEqualTo(Qualifier.NEARLY);
        String plain = "191,113 people";
        assertThat(rule.find(plain, first(plain))).isEqualTo(Qualifier.EXACT);
        String slightlyMore = "slightly more than 1,400 a day";
        assertThat(rule.find(slightlyMore, first(slightlyMore))).isEqualTo(Qualifier.OVER);
        String aLittleUnder = "a little under 8,400 apprehensions";
        assertThat(rule.find(aLittleUnder, first(aLittleUnder))).isEqualTo(Qualifier.NEARLY);
    }

    @Test
    void a_fraction_beside_a_change_word_is_a_percent_change_and_elsewhere_a_share() {
        QualifierRule rule = new QualifierRule();
        String dropping = "encounters fell in June, dropping nearly a third from May";
        Quantity third = first(dropping);
        assertThat(third.form()).isEqualTo(Quantity.Form.PERCENT);
        assertThat(third.value()).isCloseTo(33.3, org.assertj.core.data.Offset.offset(0.1));
        assertThat(rule.find(dropping, third)).isEqualTo(Qualifier.CHANGE);
        assertThat(first("crossings fell by half").value()).isEqualTo(50);
        assertThat(first("about half of those encountered were single adults").form())
                .isEqualTo(Quantity.Form.SHARE);
        assertThat(new QuantityFinder()
                        .find("up by a quarter million people")
                        .get(0)
                        .value())
                .isEqualTo(250_000);
    }

    @Test
    void period_rule_resolves_relative_months_and_two_fiscal_years() {
        PeriodRule rule = new PeriodRule();
        assertThat(rule.find("190,000 in November alone", 0, PUBLISHED)
                        .periods()
                        .get(0)
                        .label())
                .isEqualTo("2023-11");
        assertThat(rule.find("200,000 last month", 0, PUBLISHED)
                        .periods()
                        .get(0)
                        .label())
                .isEqualTo("2023-11");
        assertThat(rule.find("In both the fiscal years 2022 and 2023, 2 million", 40, PUBLISHED)
                        .periods())
                .hasSize(2);
        assertThat(rule.find("10,000 each day, according to officials last week", 0, PUBLISHED)
                        .partial())
                .isEmpty();
        assertThat(rule.find("10,000 crossed on Tuesday", 0, PUBLISHED).partial())
                .isPresent();
        // A range whose second month, given without a year, falls before the first: the one after it, not an error.
        assertThat(rule.find(
                                "96,917 arrested between October 2022 and September this year",
                                0,
                                LocalDate.of(2022, 10, 28))
                        .periods()
                        .get(0)
                        .label())
                .isEqualTo("2022-10..2023-09");
    }

    @Test
    void measure_rule_reads_generic_and_named_wording() {
        MeasureRule rule = new MeasureRule();
        assertThat(rule.find("190,000 people were apprehended", 0).measure())
                .hasValueSatisfying(m -> assertThat(m.slug()).isEqualTo("usbp-encounters"));
        assertThat(rule.find("190,000 encounters", 0).measure())
                .hasValueSatisfying(m -> assertThat(m.slug()).isEqualTo("encounters"));
        assertThat(rule.find("60,000 got-aways", 0).measure()).isEmpty();
        assertThat(rule.find("In a statement released on Friday, 190,000 people were apprehended", 40)
                        .measure())
                .isPresent();
    }

    @Test
    void group_rule_finds_nationalities_but_not_governments_or_cities() {
        GroupRule rule = new GroupRule();
        assertThat(rule.find("a record number of Mexican migrants"))
                .containsKey(dev.frontera.core.dimension.Dimension.CITIZENSHIP);
        assertThat(rule.find("the Mexican President met officials in Mexico City"))
                .isEmpty();
        assertThat(rule.find("migrants from Honduras")).containsKey(dev.frontera.core.dimension.Dimension.CITIZENSHIP);
    }

    @Test
    void record_rule_fires_on_records_but_not_on_criminal_records() {
        RecordRule rule = new RecordRule();
        assertThat(rule.find("a record number of migrants", PUBLISHED)).isPresent();
        assertThat(rule.find("the lowest since February 2021", PUBLISHED)
                        .orElseThrow()
                        .since())
                .isPresent();
        assertThat(rule.find("he had a criminal record", PUBLISHED)).isEmpty();
    }

    @Test
    void record_rule_reads_seasons_of_a_year_and_at_least_n_years() {
        RecordRule rule = new RecordRule();
        RecordRule.Found season =
                rule.find("the lowest level since the fall of 2020", PUBLISHED).orElseThrow();
        assertThat(season.since()).contains(dev.frontera.core.period.Period.calendarYear(2020));
        RecordRule.Found atLeast =
                rule.find("the most in at least 15 years", PUBLISHED).orElseThrow();
        assertThat(atLeast.sinceAtLeast()).isTrue();
        assertThat(atLeast.since().orElseThrow().first()).isEqualTo(java.time.YearMonth.of(2008, 12));
    }
}
