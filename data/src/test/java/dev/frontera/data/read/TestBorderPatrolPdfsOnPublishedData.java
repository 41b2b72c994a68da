package dev.frontera.data.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.query.Family;
import dev.frontera.data.PublishedRecord;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The published citizenship-by-sector PDF: every one of its thirteen tables reconciles, and pinned cells read right. */
class TestBorderPatrolPdfsOnPublishedData {

    @Test
    void reads_the_citizenship_by_sector_tables_with_blank_cells_placed_by_column() {
        ParsedFile parsed = OfficialFiles.read(
                PublishedRecord.file(
                        "usbp-historical/u.s._border_patrol_nationwide_apprehensions_by_citizenship_and_sector_fy2007_fy_2019_1.pdf"));

        assertThat(parsed.family()).isEqualTo(Family.USBP_CITIZENSHIP_BY_SECTOR_YEARLY);
        assertThat(parsed.firstMonth()).isEqualTo(YearMonth.of(2007, 9));
        assertThat(parsed.lastMonth()).isEqualTo(YearMonth.of(2019, 9));
        YearMonth fy2007 = YearMonth.of(2007, 9);
        // Printed FY2007 TOTAL row: nationwide 876,704; southwest 858,639; Mexico nationwide 808,688.
        assertThat(sum(parsed, fy2007, null, null)).isEqualTo(876_704);
        assertThat(sum(parsed, fy2007, "southwest", null)).isEqualTo(858_639);
        assertThat(sum(parsed, fy2007, null, "mexico")).isEqualTo(808_688);
        // Cuba in FY2007: 3,959 in Miami, a row with most cells blank.
        assertThat(parsed.observations())
                .contains(new Observation(fy2007, "other", "usbp", "miami", null, null, "cuba", null, 3_959));
    }

    private static long sum(ParsedFile parsed, YearMonth month, String region, String citizenship) {
        return parsed.observations().stream()
                .filter(o -> o.month().equals(month))
                .filter(o -> region == null || region.equals(o.region()))
                .filter(o -> citizenship == null || citizenship.equals(o.citizenship()))
                .mapToLong(Observation::count)
                .sum();
    }
}
