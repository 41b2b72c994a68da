package dev.frontera.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The long record: yearly since FY1925 and monthly since FY2000, joined from the official tables with their seams marked. */
class TestRecordPageInBrowser extends PageTest {

    @Test
    void yearly_since_fy1925_with_each_source_change_marked_and_explained() {
        open("/record.html");
        browser.screenshot("record-yearly");

        List<Object> years = list(
                "return echarts.getInstanceByDom(document.getElementById('record-chart')).getOption().xAxis[0].data;");
        List<Object> marks = list("return echarts.getInstanceByDom(document.getElementById('record-chart')).getOption()"
                + ".series[0].markLine.data.filter((d) => d.name === 'Source changes').map((d) => d.xAxis);");
        assertThat(years.get(0)).isEqualTo("FY1925");
        assertThat(years).contains("FY1986", "FY2000", "FY2019");
        assertThat(text("#chart-title")).isEqualTo("Border Patrol encounters nationwide, each fiscal year");
        // The yearly PDF to FY1999, the monthly PDF FY2000 to FY2020, then the rounded DHS workbook.
        assertThat(marks).containsExactly(75L, 96L);
        List<String> seams = browser.driver().findElements(By.cssSelector("#seams li")).stream()
                .map(e -> e.getText())
                .toList();
        assertThat(seams).hasSize(3);
        assertThat(seams.get(0))
                .startsWith("FY1925 to FY1999: USBP nationwide apprehensions by fiscal year (PDF), exact counts");
        assertThat(seams.get(1)).startsWith("FY2000 to FY2020").contains("monthly detail comes before yearly totals");
        assertThat(seams.get(2)).contains("rounded to the nearest 10").contains("the exact source ends");
        assertThat(text("#chart-source")).contains("USBP nationwide apprehensions by fiscal year (PDF)");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void monthly_since_fy2000_at_the_southwest_border() {
        open("/record.html?grain=monthly&region=southwest");
        browser.screenshot("record-monthly-southwest");

        List<Object> months = list(
                "return echarts.getInstanceByDom(document.getElementById('record-chart')).getOption().xAxis[0].data;");
        assertThat(months.get(0)).isEqualTo("Oct 1999");
        assertThat(text("#chart-title")).isEqualTo("Border Patrol encounters at the southwest border, each month");
        assertThat(text("#seams")).contains("October 2018").contains("CBP Southwest Land Border Encounters");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-grain=monthly]"))
                        .getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".download-menu[data-panel=record] [data-download=zip]"))
                        .getAttribute("href"))
                .contains("group-by=month")
                .contains("region=southwest");
    }
}
