package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.Verdict;
import dev.frontera.core.dimension.Region;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TestClaimChecker {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 12, 28);
    private static final ClaimChecker CHECKER = ClaimChecker.create(new FakeOfficialRecord());

    @Test
    void shows_the_figure_as_published_on_the_article_date_when_it_was_revised() {
        CheckedClaim claim = CHECKER.check("Encounters at the southwest border reached 242,418 in November.", PUBLISHED)
                .claims()
                .get(0);

        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(claim.official().orElseThrow().value()).isEqualTo(242_399);
        assertThat(claim.officialAtPublication().orElseThrow().value()).isEqualTo(242_418);
    }

    @Test
    void reads_an_unnamed_region_as_nationwide_when_only_the_nationwide_figure_fits() {
        CheckedClaim claim = CHECKER.check(
                        "Officials encountered about 3.2 million migrants in fiscal year 2023.", PUBLISHED)
                .claims()
                .get(0);

        assertThat(Readings.of(claim).region()).isEqualTo(Region.NATIONWIDE);
        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void calls_a_nationwide_total_presented_as_the_southern_border_misleading() {
        CheckedClaim claim = CHECKER.check(
                        "About 3.2 million migrants were encountered at the southern border in fiscal year 2023.",
                        PUBLISHED)
                .claims()
                .get(0);

        assertThat(claim.verdict()).isEqualTo(Verdict.MISLEADING);
        assertThat(claim.explanation()).contains("nationwide");
    }

    @Test
    void marks_got_aways_unverifiable() {
        CheckedClaim claim = CHECKER.check(
                        "More than 60,000 got-aways evaded agents at the southern border in November.", PUBLISHED)
                .claims()
                .get(0);

        assertThat(claim.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(claim.subject()).isEqualTo(new Subject.NotCounted("got-aways", "got-aways"));
    }

    @Test
    void finds_a_wrong_figure_inaccurate() {
        CheckedClaim claim = CHECKER.check(
                        "Border Patrol apprehended 150,000 migrants at the southern border in November.", PUBLISHED)
                .claims()
                .get(0);

        assertThat(claim.verdict()).isEqualTo(Verdict.INACCURATE);
        assertThat(claim.explanation()).contains("191,106").contains("No other reading the words allow fits");
    }

    @Test
    void gives_each_verdict_a_confidence_and_the_readings_it_weighed_in_plain_words() {
        CheckedClaim claim = CHECKER.check("Encounters at the southwest border reached 242,418 in November.", PUBLISHED)
                .claims()
                .get(0);

        assertThat(claim.confidence()).isGreaterThan(0.5);
        assertThat(claim.explanation())
                .contains("encounters (Border Patrol and ports of entry) at the southwest border, November 2023");
        assertThat(claim.alternatives())
                .isNotEmpty()
                .allSatisfy(alternative -> assertThat(alternative.prior()).isBetween(0.0, 1.0));
    }

    @Test
    void reads_a_text_of_unknown_date_as_of_the_newest_release() {
        CheckedClaim claim = CHECKER.checkUndated(
                        "Encounters at the southwest border reached 242,399 in November 2023.")
                .claims()
                .get(0);

        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(claim.official().orElseThrow().value()).isEqualTo(242_399);
    }

    @Test
    void checks_jsonl_lines_whose_date_is_unknown_and_refuses_dates_that_are_not_dates() {
        java.io.StringWriter out = new java.io.StringWriter();
        String lines = """
                {"id": "a", "text": "Encounters at the southwest border reached 242,399 in November 2023.", "published": "unknown"}
                {"id": "b", "text": "Encounters at the southwest border reached 242,399 in November 2023."}
                {"id": "c", "text": "Encounters at the southwest border reached 242,399 in November 2023.", "published": "soon"}
                """;

        int errors = ClaimJson.create().checkLines(CHECKER, new java.io.StringReader(lines), out, message -> {});

        assertThat(errors).isEqualTo(1);
        String[] results = out.toString().split("\n");
        assertThat(results[0]).contains("\"id\":\"a\"").contains("\"verdict\":\"accurate\"");
        assertThat(results[1]).contains("\"id\":\"b\"").contains("\"verdict\":\"accurate\"");
        assertThat(results[2]).contains("\"line\":3").contains("is not a date");
    }

    @Test
    void refuses_empty_binary_and_foreign_text_with_a_clear_message() {
        assertThatThrownBy(() -> CHECKER.check("  ", PUBLISHED))
                .isInstanceOf(FronteraException.class)
                .hasMessageContaining("empty")
                .extracting(e -> ((FronteraException) e).code())
                .isEqualTo(ErrorCode.INVALID_TEXT);
        assertThatThrownBy(() -> CHECKER.check("\u0000\u0001\u0002binary\u0003\u0004", PUBLISHED))
                .hasMessageContaining("binary");
        assertThatThrownBy(() -> CHECKER.check(
                        "Más de 190.000 personas fueron detenidas en la frontera sur durante noviembre, "
                                + "según las autoridades de los Estados Unidos y de México en su informe mensual.",
                        PUBLISHED))
                .hasMessageContaining("English");
        assertThatThrownBy(() -> CHECKER.check("text", null)).hasMessageContaining("published");
    }

    @Test
    void reads_a_paragraph_of_its_own_that_follows_one_about_migration() {
        String aside = "The mayor spoke about the city budget and its parks at length on Tuesday evening. ".repeat(8);
        String text = aside + "\n\nEncounters at the southwest border reached 242,418 in November.\n\n"
                + "That was up 2% from October.\n\n" + aside + "\n\nIt rose 3% from the year before.";

        assertThat(CHECKER.check(text, PUBLISHED).claims())
                .extracting(CheckedClaim::text)
                .anyMatch(claim -> claim.contains("2%"))
                .noneMatch(claim -> claim.contains("3%"));
    }

    @Test
    void handles_long_input_within_bounds() {
        String filler = "The weather was mild and the roads were quiet that week. ".repeat(50_000);
        String text = filler + "Border Patrol apprehended over 190,000 migrants at the southern border in November.";

        assertThat(CHECKER.check(text, PUBLISHED).claims()).hasSize(1);
    }

    @Test
    void judges_records_on_the_span_the_record_compares_and_names_it() {
        LocalDate published = LocalDate.of(2024, 1, 15);
        CheckedClaim record = CHECKER.check(
                        "Migrant encounters at the southwest border reached a record high in December.", published)
                .claims()
                .get(0);
        assertThat(record.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(record.explanation()).contains("comparable periods from 2023-09");

        // The series held begins in 2023-09: fifteen years back cannot be checked.
        CheckedClaim years = CHECKER.check(
                        "Migrant encounters at the southwest border in December were the most in at least 15 years.",
                        published)
                .claims()
                .get(0);
        assertThat(years.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(years.explanation()).contains("from 2023-09, where the official series begins");
    }
}
