package dev.frontera.data.read;

import static dev.frontera.data.read.CsvFiles.AREA_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.query.Family;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The by-area (AOR) family, on a small file written in CBP's published format (header and
 * value spellings as in nationwide-encounters-fy20-fy23-aor.csv; the counts are made up).
 */
class TestNationwideByAreaReader {
    private static final String NAME = "nationwide-encounters-fy21-fy24-dec-aor.csv";

    @TempDir
    Path directory;

    @Test
    void reads_sectors_and_field_offices_to_area_slugs() {
        ParsedFile parsed = OfficialFiles.read(CsvFiles.resource("nationwide-encounters-fy21-fy24-dec-aor-sample.csv"));

        assertThat(parsed.family()).isEqualTo(Family.NATIONWIDE_BY_AREA);
        assertThat(parsed.observations())
                .extracting(Observation::area)
                .containsExactly(
                        "san-diego",
                        "rio-grande-valley",
                        "miami",
                        "swanton",
                        "el-paso-field-office",
                        "houston-field-office",
                        "buffalo-field-office",
                        "san-diego-field-office",
                        "tucson",
                        "big-bend",
                        "preclearance-field-office");
        assertThat(parsed.observations()).allSatisfy(o -> assertThat(o.state()).isNull());
    }

    @Test
    void reads_every_column_of_a_row() {
        ParsedFile parsed = OfficialFiles.read(CsvFiles.resource("nationwide-encounters-fy21-fy24-dec-aor-sample.csv"));

        assertThat(parsed.observations().get(5))
                .isEqualTo(new Observation(
                        YearMonth.of(2023, 12),
                        "other",
                        "ofo",
                        "houston-field-office",
                        null,
                        "single-adults",
                        "china",
                        "title-8",
                        7));
        assertThat(parsed.observations().get(8))
                .isEqualTo(new Observation(
                        YearMonth.of(2022, 12),
                        "southwest",
                        "usbp",
                        "tucson",
                        null,
                        "single-adults",
                        "other",
                        "title-42",
                        600));
        assertThat(parsed.observations().get(3).demographic()).isEqualTo("unaccompanied-children");
    }

    @Test
    void rejects_an_encounter_type_that_contradicts_the_title() {
        Path file = CsvFiles.writeCrlf(
                directory,
                NAME,
                AREA_HEADER,
                "2023,FYTD,DEC,U.S. Border Patrol,Southwest Land Border,Tucson Sector,TCA,Single Adults,MEXICO,Title 8,Expulsions,6");

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .hasMessage(
                        NAME + ": line 2, column 11 (Encounter Type): "
                                + "'Expulsions' contradicts the row's U.S. Border Patrol and Title 8, which CBP reports as Apprehensions");
    }

    @Test
    void rejects_an_unknown_encounter_type() {
        Path file = CsvFiles.writeCrlf(
                directory,
                NAME,
                AREA_HEADER,
                "2023,FYTD,DEC,U.S. Border Patrol,Southwest Land Border,Tucson Sector,TCA,Single Adults,MEXICO,Title 8,Arrests,6");

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .hasMessageStartingWith(
                        NAME + ": line 2, column 11 (Encounter Type): 'Arrests' is not an encounter type");
    }

    @Test
    void rejects_an_unknown_component() {
        Path file = CsvFiles.writeCrlf(
                directory,
                NAME,
                AREA_HEADER,
                "2023,FYTD,DEC,Air and Marine,Other,Miami Sector,MIP,Single Adults,CUBA,Title 8,Apprehensions,6");

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .hasMessageStartingWith(
                        NAME + ": line 2, column 4 (Component): 'Air and Marine' is not a known component");
    }

    @Test
    void reports_a_damaged_area_header_as_this_family() {
        Path file = CsvFiles.writeCrlf(
                directory,
                NAME,
                AREA_HEADER.replace("Area of Responsibility", "AOR"),
                "2023,FYTD,DEC,U.S. Border Patrol,Southwest Land Border,Tucson Sector,TCA,Single Adults,MEXICO,Title 8,Apprehensions,6");

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .hasMessageStartingWith(
                        NAME
                                + ": line 1, column 6 (Area of Responsibility): expected 'Area of Responsibility' but found 'AOR'");
    }
}
