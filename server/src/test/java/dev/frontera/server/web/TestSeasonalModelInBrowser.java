package dev.frontera.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The seasonal model on the overview chart, in real headless Chromium over every official file:
 * the baseline band behind the official line and the dashed forecast after it, each labelled as
 * the model's, switchable, and never mixed into the official figures, their table or their CSV;
 * where the model cannot answer, the page says so in words.
 */
class TestSeasonalModelInBrowser extends PageTest {
    private static final String SOUTHWEST = "/?region=southwest";
    /** The last three years, where the forecast is easy to see. */
    private static final String RECENT = "/?region=southwest&from=2022-10";

    private static final String SERIES =
            "return echarts.getInstanceByDom(document.getElementById('monthly')).getOption().series";

    @Test
    void the_baseline_band_and_the_dashed_forecast_are_drawn_and_labelled_as_the_model_s() {
        open(RECENT);
        script("document.getElementById('model-layers').scrollIntoView();");
        browser.screenshot("overview-seasonal-model");

        assertThat(list(SERIES + ".map((s) => s.name + ':' + (s.lineStyle && s.lineStyle.type || '')"
                        + " + ':' + (s.areaStyle ? 'area' : ''));"))
                .containsExactly(
                        "Official figures:solid:",
                        "Typical for the season (80% interval) (low):solid:",
                        "Typical for the season (80% interval):solid:area",
                        "Typical for the season (80% interval):solid:",
                        "Forecast, not official (80% interval) (low):solid:",
                        "Forecast, not official (80% interval):solid:area",
                        "Forecast, not official (80% interval):dashed:");
        assertThat(
                        list(
                                "return echarts.getInstanceByDom(document.getElementById('monthly')).getOption().legend[0].data;"))
                .containsExactly(
                        "Official figures",
                        "Typical for the season (80% interval)",
                        "Forecast, not official (80% interval)");
        // The axis runs on past the last official month (November 2025) for the three months forecast.
        List<String> axis = axis();
        assertThat(axis).endsWith("Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026");
        // The dashed line starts at the last official figure and carries on with the forecast.
        List<Object> forecast = list(SERIES + "[6].data.slice(-4);");
        assertThat(((Number) forecast.get(0)).longValue()).isEqualTo(10_960L);
        assertThat(forecast.subList(1, 4))
                .allSatisfy(value -> assertThat(((Number) value).longValue()).isPositive());
        // The band has a low and a high for the months with a baseline, under the official line.
        List<Object> band =
                list(SERIES + "[1].data.slice(-5, -3).concat(" + SERIES.substring(7) + "[2].data.slice(-5, -3));");
        assertThat(band)
                .allSatisfy(value -> assertThat(((Number) value).doubleValue()).isPositive());

        // The tooltip labels each model figure as the model's, apart from the official figure.
        String tooltip = "const c = echarts.getInstanceByDom(document.getElementById('monthly'));"
                + "const n = c.getOption().xAxis[0].data.length;"
                + "return c.getOption().tooltip[0].formatter([{dataIndex: n - 1 - arguments[0]}]);";
        assertThat((String) script(tooltip, 0L))
                .startsWith("Feb 2026\nForecast (model, not official): ")
                .contains("80% interval");
        assertThat((String) script(tooltip, 3L))
                .startsWith("November 2025: 10,960 (365.3 a day)\nTypical for the season (model): ")
                .doesNotContain("Forecast");
        assertThat(text("#model-layers")).contains("Typical for the season (80% interval)", "Forecast");
        assertThat(text("#model-note"))
                .contains("Shaded green: typical for the season")
                .contains("December 2025 to February 2026")
                .contains("Neither is in the table or the CSV of official figures")
                .contains("Model: blend of last value")
                .contains("Fitted to: CBP Nationwide Encounters (by state)")
                .doesNotContain(".csv");
        assertThat(browser.driver().findElements(By.cssSelector("#model-note a[href^='/releases.html#release-']")))
                .isNotEmpty();
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void the_official_figures_are_unchanged_by_the_model_in_the_chart_the_table_and_the_csv() {
        open(SOUTHWEST);
        @SuppressWarnings("unchecked")
        List<Object> fromApi = (List<Object>) browser.driver()
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "Frontera.getJson('/api/v1/series?region=southwest&group-by=month')"
                        + ".then((s) => done(s.rows.map((r) => r.value)));");
        List<Object> drawn = list(SERIES + "[0].data;");
        assertThat(drawn).hasSize(146).isEqualTo(fromApi);
        assertThat((Long) script("return document.querySelectorAll('#series-data tbody tr').length;"))
                .isEqualTo(146L);
        assertThat(list("return [...document.querySelectorAll('#series-data tbody tr')].map((r) => r.dataset.period);"))
                .doesNotContain("2025-12", "2026-01", "2026-02");
        String csv = browser.driver()
                .findElement(By.cssSelector(".download-menu[data-panel=series] [data-download=csv]"))
                .getAttribute("href");
        assertThat(csv).contains("/api/v1/series?").doesNotContain("forecast");
        String model = browser.driver()
                .findElement(By.cssSelector(".download-menu[data-panel=series] [data-download=model]"))
                .getAttribute("href");
        assertThat(model).contains("/api/v1/forecast?region=southwest");
        // The model's figures have a table of their own, named as not official.
        assertThat(text("#model-details summary")).contains("not official");
        assertThat(list("return [...document.querySelectorAll('#model-data tbody tr')].slice(-3)"
                        + ".map((r) => r.dataset.month + ' ' + r.dataset.kind);"))
                .containsExactly("2025-12 Forecast", "2026-01 Forecast", "2026-02 Forecast");
    }

    @Test
    void each_layer_switches_off_and_on_without_touching_the_official_line() {
        open(SOUTHWEST);
        List<Object> before = list(SERIES + "[0].data;");

        browser.driver().findElement(By.id("layer-baseline")).click();
        browser.await().until(driver -> driver.getCurrentUrl().contains("baseline=off"));
        assertThat(names())
                .containsExactly(
                        "Official figures",
                        "Forecast, not official (80% interval) (low)",
                        "Forecast, not official (80% interval)",
                        "Forecast, not official (80% interval)");
        browser.driver().findElement(By.id("layer-forecast")).click();
        browser.await().until(driver -> driver.getCurrentUrl().contains("forecast=off"));
        assertThat(names()).containsExactly("Official figures");
        assertThat(axis()).endsWith("Oct 2025", "Nov 2025");
        assertThat(list(SERIES + "[0].data;")).isEqualTo(before);

        // The switches live in the URL and come back from it.
        browser.driver().navigate().refresh();
        awaitReady();
        assertThat(browser.driver().findElement(By.id("layer-baseline")).isSelected())
                .isFalse();
        assertThat(names()).containsExactly("Official figures");
        browser.driver().findElement(By.id("layer-baseline")).click();
        browser.await().until(driver -> !driver.getCurrentUrl().contains("baseline=off"));
        assertThat(names()).contains("Typical for the season (80% interval)");
        String svg = (String) script("return Overview.image('series');");
        assertThat(svg)
                .contains("Typical for the season (80% interval)")
                .contains("not official figures")
                .contains("Model fitted to: CBP Nationwide Encounters (by state)");
    }

    @Test
    void a_range_that_ends_before_the_last_month_shows_the_band_but_no_forecast_and_says_why() {
        open("/?region=southwest&from=2019-01&to=2023-12");

        assertThat(names())
                .contains("Typical for the season (80% interval)")
                .noneMatch(name -> ((String) name).startsWith("Forecast"));
        assertThat(axis()).endsWith("Dec 2023");
        assertThat(text("#model-note"))
                .contains("The forecast is drawn when the range reaches the last published month, November 2025");
        assertThat(browser.driver().findElement(By.id("layer-forecast")).isEnabled())
                .isFalse();
    }

    @Test
    void a_series_no_longer_published_gets_its_band_but_no_forecast() {
        // Nationwide Border Patrol apprehensions (the DHS tables) end in September 2019: a forecast
        // of October 2019 made today would be news to no one.
        open("/?measure=apprehensions");

        assertThat(names())
                .contains("Typical for the season (80% interval)")
                .noneMatch(name -> ((String) name).startsWith("Forecast"));
        assertThat(axis()).endsWith("Sep 2019");
        assertThat(text("#model-note"))
                .contains("No forecast: this series was last published for September 2019, though the record reaches"
                        + " November 2025");
    }

    @Test
    void where_the_model_cannot_answer_the_chart_says_so_in_words() {
        open("/?region=southwest&view=fy");
        assertThat(names()).containsExactly("Official figures");
        assertThat(text("#model-note"))
                .startsWith("Typical for the season and the forecast are drawn on the monthly view only");
        assertThat(browser.driver().findElement(By.id("model-layers")).isDisplayed())
                .isFalse();

        // The record's first month has no month before it: the model has nothing to go on.
        open("/?region=southwest&from=2013-10&to=2013-10");
        assertThat(names()).containsExactly("Official figures");
        assertThat(text("#model-note")).startsWith("No seasonal baseline for the months shown");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".download-menu[data-panel=series] [data-download=model]"))
                        .isDisplayed())
                .isFalse();

        open("/?region=southwest&from=2013-10&to=2014-03");
        assertThat(names()).contains("Typical for the season (80% interval)");
        assertThat(text("#model-note"))
                .contains("No baseline for 1 month shown: the model needs the months before each");
    }

    @Test
    void on_a_phone_the_band_forecast_and_switches_fit_without_scrolling_sideways() {
        browser.phone();
        open(RECENT);
        script("document.getElementById('monthly').scrollIntoView();");
        browser.screenshot("overview-seasonal-model-phone");

        assertThat(names()).contains("Typical for the season (80% interval)", "Forecast, not official (80% interval)");
        WebElement switches = browser.driver().findElement(By.id("model-layers"));
        assertThat(switches.isDisplayed()).isTrue();
        assertThat(browser.sidewaysOverflow()).isLessThanOrEqualTo(0L);
    }

    private List<Object> names() {
        return list(SERIES + ".map((s) => s.name);");
    }

    @SuppressWarnings("unchecked")
    private List<String> axis() {
        return (List<String>) script(
                "return echarts.getInstanceByDom(document.getElementById('monthly')).getOption().xAxis[0].data;");
    }
}
