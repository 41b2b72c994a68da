package dev.frontera.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The overview as a reporter uses it, in real headless Chromium over every official file: titles
 * that say what the chart shows, period views, marks for policy dates and source changes, exports
 * and downloads that carry their sources, empty and refused states, the map and the filters.
 */
class TestOverviewInBrowser extends PageTest {
    private static final String FISCAL_YEARS = "/?measure=usbp-encounters&region=southwest&view=fy&from=2019&to=2025";

    @Test
    void border_patrol_southwest_fy2019_to_fy2025_by_fiscal_year_says_exactly_that() {
        open(FISCAL_YEARS);
        browser.screenshot("overview-fiscal-years");

        assertThat(text("#chart-title")).isEqualTo("Border Patrol encounters at the southwest border, by fiscal year");
        assertThat(text("#chart-subtitle"))
                .startsWith("FY2019 to FY2025 (October to August)")
                .contains("FY2025 (October to August), 11 months published");
        assertThat(axis("monthly"))
                .containsExactly("FY2019", "FY2020", "FY2021", "FY2022", "FY2023", "FY2024", "FY2025*");
        assertThat(values("monthly")).startsWith(851_508L).contains(2_206_436L);
        assertThat(
                        script(
                                "return echarts.getInstanceByDom(document.getElementById('monthly')).getOption().yAxis[0].name;"))
                .isEqualTo("Border Patrol encounters per fiscal year");
        assertThat(text("#chart-source"))
                .contains("CBP Southwest Land Border Encounters")
                .contains("16 September 2025");
        assertThat(browser.driver().findElements(By.cssSelector("#chart-source a[href^='/releases.html#release-']")))
                .isNotEmpty();
        assertThat(link("series", "csv"))
                .contains("group-by=fiscal-year")
                .contains("period=FY2019..FY2025")
                .contains("format=csv");
        assertThat(link("series", "zip")).contains("format=zip");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void the_exported_image_carries_title_selection_linked_sources_and_the_date_drawn() {
        open(FISCAL_YEARS);

        String svg = (String) script("return Overview.image('series');");
        String png = (String) browser.driver()
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "Exporter.png(Panels.image('series')).then(done);");

        assertThat(svg)
                .startsWith("<svg")
                .contains("Border Patrol encounters at the southwest border, by fiscal year")
                .contains("Selection: Measure: Border Patrol encounters · Region: Southwest land border")
                .contains(
                        "CBP Southwest Land Border Encounters, October 2021 to August 2025, published 16 September 2025")
                .contains("href=\"" + base + "/releases.html#release-")
                .contains("Drawn ")
                .contains("FY2022")
                .doesNotContain("dataZoom");
        assertThat(png).startsWith("data:image/png;base64,");
        assertThat(png.length()).isGreaterThan(20_000);
        Browser.write(
                "export-fiscal-years.png", java.util.Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1)));
        Browser.write("export-fiscal-years.svg", svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void a_second_series_and_a_band_can_be_laid_over_the_official_figures() {
        open("/?region=southwest&view=fy");
        // What a forecast would add: a shaded baseline band and a dashed line, drawn and exported with the chart.
        List<Object> series = list(
                "const rows = [{period: 'FY2024', first_month: '2023-10', last_month: '2024-09', months: 12,"
                        + " fiscal_year: 2024, value: 100, per_day: 0.3, releases: []}, {period: 'FY2025', first_month: '2024-10',"
                        + " last_month: '2025-09', months: 12, fiscal_year: 2025, value: 120, per_day: 0.3, releases: []}];"
                        + "Charts.time('monthly', {rows, grouping: 'fiscal-year', layers: [{type: 'band', name: 'Baseline', lower: [90, 95],"
                        + " upper: [110, 130]}, {type: 'line', name: 'Forecast', values: [null, 125], dashed: true}]});"
                        + "return echarts.getInstanceByDom(document.getElementById('monthly')).getOption().series"
                        + ".map((s) => s.name + ':' + (s.lineStyle && s.lineStyle.type || '') + ':' + (s.areaStyle ? 'area' : ''));");

        assertThat(series)
                .containsExactly(
                        "Official figures::", "Baseline (low):solid:", "Baseline:solid:area", "Forecast:dashed:");
        assertThat((String) script("return Charts.svg('monthly', 800, 400);")).contains("stroke-dasharray");
    }

    @Test
    void policy_dates_and_source_changes_are_marked_on_the_time_axis() {
        open("/?region=southwest");
        browser.screenshot("overview-southwest-monthly");

        List<Object> marks =
                list("const s = echarts.getInstanceByDom(document.getElementById('monthly')).getOption().series[0];"
                        + "return s.markLine.data.map((d) => d.name);");
        List<Object> bands =
                list("const s = echarts.getInstanceByDom(document.getElementById('monthly')).getOption().series[0];"
                        + "return s.markArea.data.map((d) => d[0].name);");
        assertThat(marks).contains("Remain in Mexico", "June 2024 proclamation", "January 2025", "Source changes");
        assertThat(bands).containsExactly("Title 42");
        assertThat(text("#chart-events"))
                .contains("Title 42")
                .contains("21 March 2020 to 11 May 2023")
                .contains("5 June 2024");
        // The DHS tables (rounded) until CBP's exact southwest file starts in October 2018.
        assertThat(text("#seams"))
                .contains("October 2013 to September 2018")
                .contains("rounded to the nearest 10")
                .contains("October 2018");
        assertThat(axis("monthly").get(0)).isEqualTo("Oct 2013");
        assertThat(text("#chart-subtitle")).isEqualTo("Each month, October 2013 to November 2025.");
    }

    @Test
    void southwest_demographics_for_november_2025_come_from_the_by_state_file() {
        open("/?region=southwest&at=2025-11");

        assertThat(text("#breakdown-month")).isEqualTo("November 2025");
        assertThat(text("#headline-value .value")).isEqualTo("10,960");
        @SuppressWarnings("unchecked")
        Map<String, Object> demographics = (Map<String, Object>)
                script(
                        "const o = echarts.getInstanceByDom(document.getElementById('demographic')).getOption();"
                                + "const out = {}; o.yAxis[0].data.forEach((name, i) => { out[name] = o.series[0].data[i]; }); return out;");
        assertThat(demographics)
                .containsEntry("Single adults", (Object) 9_387L)
                .containsEntry("Individuals in family units", (Object) 806L)
                .containsEntry("Unaccompanied children", (Object) 728L)
                .containsEntry("Accompanied minors", (Object) 39L);
        assertThat(text("#demographic-status")).contains("CBP Nationwide Encounters (by state)");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".download-menu[data-panel=demographic]"))
                        .isDisplayed())
                .isTrue();
    }

    @Test
    void a_breakdown_not_published_shows_no_buttons_and_says_so() {
        open("/");

        WebElement sector = browser.driver().findElement(By.cssSelector(".download-menu[data-panel=sector]"));
        assertThat(sector.isDisplayed()).isFalse();
        assertThat(text("#sector-status")).startsWith("Not published by sector or field office");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#sector-status a"))
                        .getAttribute("href"))
                .endsWith("/about.html#published");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".download-menu[data-panel=citizenship]"))
                        .isDisplayed())
                .isTrue();
    }

    @Test
    void a_refused_selection_empties_every_panel_and_says_why_in_one_line() {
        open("/?region=southwest&measure=usbp-encounters");
        assertThat(draws("citizenship")).isTrue();

        // The state file has states but no Border Patrol split; the southwest file the split but no states.
        new Select(browser.driver().findElement(By.id("f-state"))).selectByValue("TX");
        browser.await()
                .until(driver ->
                        "refused".equals(driver.findElement(By.tagName("body")).getAttribute("data-ready")));
        browser.screenshot("overview-refused");

        String line = text(".refusal p");
        assertThat(line)
                .startsWith(
                        "Not published: no official file gives Border Patrol encounters at the southwest border, in Texas")
                .endsWith("What is published");
        assertThat(line.length()).isLessThan(200);
        assertThat(text("#headline")).isEmpty();
        assertThat(text("#chart-source")).isEmpty();
        assertThat(text("#demographic-status")).isEmpty();
        assertThat(draws("monthly")).isFalse();
        assertThat(draws("citizenship")).isFalse();
        assertThat(browser.driver().findElements(By.cssSelector("#map svg"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".download-menu")).stream()
                        .noneMatch(WebElement::isDisplayed))
                .isTrue();
    }

    @Test
    void fiscal_year_to_date_compares_the_same_months_of_each_year() {
        open("/?region=southwest&view=ytd");

        assertThat(text("#chart-title"))
                .isEqualTo("Encounters at the southwest border, fiscal year to date, compared year on year");
        assertThat(text("#chart-subtitle")).startsWith("October to November of each fiscal year, FY2014 to FY2026");
        assertThat(text("#headline-change .label")).isEqualTo("ON THE SAME MONTHS A YEAR BEFORE");
        assertThat(text("#headline-value .label")).isEqualTo("FY2026 (OCTOBER TO NOVEMBER)");
        assertThat(axis("monthly")).endsWith("FY2025", "FY2026");
    }

    @Test
    void the_range_and_the_view_live_in_the_url_and_come_back_from_it() {
        open("/?region=southwest&view=cy");
        new Select(browser.driver().findElement(By.id("from"))).selectByValue("2020");
        browser.await().until(driver -> driver.getCurrentUrl().contains("from=2020"));
        awaitReady();
        new Select(browser.driver().findElement(By.id("to"))).selectByValue("2023");
        browser.await().until(driver -> driver.getCurrentUrl().contains("to=2023"));
        awaitReady();

        assertThat(axis("monthly")).containsExactly("2020", "2021", "2022", "2023");
        String url = browser.driver().getCurrentUrl();
        browser.driver().navigate().to("about:blank");
        open(url.substring(base.length()));
        assertThat(axis("monthly")).containsExactly("2020", "2021", "2022", "2023");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-view=cy]"))
                        .getAttribute("aria-pressed"))
                .isEqualTo("true");

        browser.driver().findElement(By.cssSelector("[data-view=month]")).click();
        browser.await().until(driver -> driver.getCurrentUrl().contains("from=2020-01"));
        awaitReady();
        assertThat(axis("monthly").get(0)).isEqualTo("Jan 2020");
        assertThat(axis("monthly").get(axis("monthly").size() - 1)).isEqualTo("Dec 2023");
    }

    @Test
    void citizenship_is_one_name_per_country_found_by_typing_any_of_its_names() {
        open("/?region=southwest");
        WebElement box = browser.driver().findElement(By.id("f-citizenship"));

        box.click();
        box.sendKeys("czech");
        List<String> czech = options();
        box.clear();
        box.sendKeys("ivory");
        List<String> ivory = options();
        box.clear();
        box.sendKeys("korea");
        List<String> korea = options();
        box.clear();
        box.sendKeys("MX");
        List<String> mexico = options();
        box.sendKeys(Keys.ENTER);
        browser.await().until(driver -> driver.getCurrentUrl().contains("citizenship=mexico"));
        awaitReady();

        assertThat(czech).containsExactly("Czechia", "Czechoslovakia (former)");
        assertThat(ivory).containsExactly("Côte d'Ivoire (Ivory Coast)");
        assertThat(korea).containsExactlyInAnyOrder("Korea (not said which)", "North Korea", "South Korea");
        assertThat(mexico.get(0)).startsWith("Mexico");
        assertThat(text("#chart-title")).startsWith("Encounters of citizens of Mexico at the southwest border");
        List<Object> names = list("return Frontera.dimensions().then((d) => d.dimensions.find((x) => x.parameter"
                + " === 'citizenship').values.map((v) => v.name));");
        assertThat(names)
                .doesNotHaveDuplicates()
                .doesNotContain("Czech republic", "Korea south", "Ivory coast", "Ussr");
    }

    @Test
    void the_state_map_has_a_numeric_log_legend_insets_and_one_tab_stop() {
        open("/?region=southwest&at=2023-12");
        browser.screenshot("overview-map");

        List<Object> legend =
                list("return [...document.querySelectorAll('#map .legend-label')].map((n) => n.textContent);");
        assertThat(legend)
                .contains("1,000–9,999", "None recorded")
                .anyMatch(label -> ((String) label).endsWith("or more"));
        assertThat(text("#map")).contains("Log scale: each colour step is ten times the one before.");
        assertThat((Long) script("return document.querySelectorAll('#map path[data-code]').length;"))
                .isGreaterThanOrEqualTo(55L);
        for (String code : List.of("AK", "HI", "PR", "GU", "VI")) {
            assertThat((Boolean) script(
                            "const p = document.querySelector('#map path[data-code=\"' + arguments[0] + '\"]');"
                                    + "const box = p.getBBox(); return box.width > 0 && box.height > 0;",
                            code))
                    .as(code)
                    .isTrue();
        }
        assertThat((String) script("return document.querySelector('#map path[data-code=TX]').getAttribute('fill');"))
                .isNotEqualTo((String)
                        script("return document.querySelector('#map path[data-code=OH]').getAttribute('fill');"));
        assertThat((Long) script(
                        "return document.querySelectorAll('#map [tabindex], #map a, #map button, #map input').length;"))
                .isZero();
        assertThat(browser.driver().findElement(By.id("map")).getAttribute("tabindex"))
                .isEqualTo("0");
        browser.driver().findElement(By.id("map")).sendKeys(Keys.ARROW_RIGHT);
        assertThat(text("#map-focus")).matches("Texas: [\\d,]+ \\(1 of \\d+\\)");
    }

    @Test
    void a_sector_map_where_sectors_are_published() {
        open("/?region=southwest&measure=usbp-encounters&at=2024-06&map=sectors");
        browser.screenshot("overview-sector-map");

        assertThat(text("#map-title")).isEqualTo("By sector and field office");
        assertThat((Long) script("return document.querySelectorAll('#map circle[data-sector]').length;"))
                .isGreaterThanOrEqualTo(9L);
        assertThat((Boolean) script("return !!document.querySelector('#map circle[data-sector=rio-grande-valley]');"))
                .isTrue();
        assertThat(text("#map-status")).contains("(rounded to 10)");
    }

    @Test
    void on_a_phone_the_filters_fold_behind_one_button_and_nothing_scrolls_sideways() {
        browser.phone();
        open("/?region=southwest&citizenship=mexico");
        browser.screenshot("overview-phone");

        WebElement toggle = browser.driver().findElement(By.id("filters-toggle"));
        assertThat(toggle.getText()).isEqualTo("Filters (2 set)");
        assertThat(browser.driver().findElement(By.id("filters")).isDisplayed()).isFalse();
        assertThat(browser.sidewaysOverflow()).isLessThanOrEqualTo(0L);
        toggle.click();
        assertThat(browser.driver().findElement(By.id("filters")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("f-region")).isDisplayed())
                .isTrue();
        assertThat(browser.sidewaysOverflow()).isLessThanOrEqualTo(0L);
    }

    private List<String> options() {
        browser.await()
                .until(driver -> driver.findElement(By.id("f-citizenship-list")).isDisplayed());
        return browser.driver().findElements(By.cssSelector("#f-citizenship-list [role=option]")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> axis(String id) {
        return (List<String>) script(
                "return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption().xAxis[0].data;",
                id);
    }

    private List<Long> values(String id) {
        List<Object> data = list(
                "return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption()"
                        + ".series[0].data.map((d) => typeof d === 'object' ? d.value : d);",
                id);
        return data.stream().map(value -> ((Number) value).longValue()).toList();
    }

    private String link(String panel, String kind) {
        return browser.driver()
                .findElement(By.cssSelector(".download-menu[data-panel=" + panel + "] [data-download=" + kind + "]"))
                .getAttribute("href");
    }

    /** Whether a chart currently draws anything. */
    private boolean draws(String id) {
        return (Boolean) script("return Charts.has(arguments[0]);", id);
    }
}
