package dev.frontera.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.data.SharedFiles;
import dev.frontera.server.FronteraServer;
import dev.frontera.server.ServedStore;
import dev.frontera.server.ServerSettings;
import dev.frontera.server.TestServersAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Every page in real headless Chromium against the real server; each test saves a screenshot. */
class TestPagesInBrowser {
    private static FronteraServer server;
    private static String base;
    private Browser browser;

    @BeforeAll
    static void startServer() {
        ServedStore served = TestServersAccess.served();
        server = FronteraServer.create(served, ServerSettings.defaults().withAddress(ServerSettings.LOCALHOST, 0)
                .withCheckRate(100, 100)).start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void overview_draws_the_real_monthly_series() {
        open("/?region=southwest");

        List<?> months = (List<?>) browser.script("return echarts.getInstanceByDom(document.getElementById('monthly'))"
                + ".getOption().xAxis[0].data;");
        List<?> values = (List<?>) browser.script("return echarts.getInstanceByDom(document.getElementById('monthly'))"
                + ".getOption().series[0].data;");
        browser.screenshot("overview-southwest");

        assertThat(browser.script("return Charts.png('monthly').startsWith('data:image/png;base64,');")).isEqualTo(true);
        assertThat(months.get(0)).isEqualTo("2018-10");
        assertThat(months).hasSize(expectedMonths());
        assertThat(((Number) values.get(months.indexOf("2023-12"))).longValue()).isEqualTo(301_981);
        assertThat(browser.driver().findElement(By.cssSelector("#monthly-data tr[data-month='2023-12'] td:nth-child(2)"))
                .getAttribute("textContent")).isEqualTo("301,981");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void filters_change_the_chart_and_the_url_keeps_the_state() {
        open("/?region=southwest");
        long before = valueOf("2023-12");

        new Select(browser.driver().findElement(By.id("f-citizenship"))).selectByValue("mexico");
        browser.await().until(driver -> driver.getCurrentUrl().contains("citizenship=mexico"));
        browser.await().until(driver -> valueOf("2023-12") != before);
        long mexico = valueOf("2023-12");
        String url = browser.driver().getCurrentUrl();
        browser.screenshot("overview-southwest-mexico");

        assertThat(mexico).isPositive().isLessThan(before);
        browser.driver().navigate().to("about:blank");
        open(url.substring(base.length()));
        assertThat(valueOf("2023-12")).isEqualTo(mexico);
        assertThat(new Select(browser.driver().findElement(By.id("f-citizenship"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("mexico");
        assertThat(new Select(browser.driver().findElement(By.id("f-region"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("southwest");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void overview_shows_headline_breakdowns_and_map_for_a_chosen_month() {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2700));
        open("/?region=southwest&month=2023-12");
        browser.screenshot("overview-december-2023");

        assertThat(text("#headline-value .value")).isEqualTo("301,981");
        assertThat(text("#breakdown-month")).isEqualTo("December 2023");
        assertThat((Long) browser.script("return echarts.getInstanceByDom(document.getElementById('citizenship'))"
                + ".getOption().series[0].data.length;")).isPositive();
        assertThat((Long) browser.script("return document.querySelectorAll('#map path.leaflet-interactive').length;"))
                .isGreaterThan(50);
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void overview_fits_a_phone_screen() {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 1600));
        open("/?region=southwest");
        browser.screenshot("overview-phone");

        Long overflow = (Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("no sideways scrolling").isLessThanOrEqualTo(0L);
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void check_page_marks_the_claims_of_the_seed_article_with_their_verdicts() throws IOException {
        String article = Files.readString(SharedFiles.fixtures("articles/blinken-mexico-city-2023-12.txt"), StandardCharsets.UTF_8);
        List<Map<String, String>> marks = check(article, "2023-12-28");
        browser.driver().findElement(By.cssSelector("#article mark[data-claim='3']")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#details .explanation")));
        browser.await().until(driver -> !driver.findElement(By.id("claim-chart")).getAttribute("class").contains("hidden"));
        browser.screenshot("check-seed-article");

        assertThat(marks).contains(Map.of("text", "over 190,000", "verdict", "accurate"),
                Map.of("text", "Up to 10,000", "verdict", "accurate"),
                Map.of("text", "more than two million", "verdict", "accurate"));
        assertThat(marks).extracting(m -> m.get("text")).contains("a record number");
        assertThat(text("#details")).contains("191,106");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void check_page_executes_nothing_from_a_hostile_article() {
        String hostile = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">"
                + "<b onmouseover=\"window.pwned = 3\">Border Patrol</b> recorded over 190,000 apprehensions at the"
                + " southwest border in November 2023. <svg onload=\"window.pwned = 4\"></svg>";
        List<Map<String, String>> marks = check(hostile, "2023-12-28");
        browser.screenshot("check-hostile-article");

        assertThat(browser.script("return window.pwned === undefined;")).isEqualTo(true);
        assertThat(browser.script("return document.querySelectorAll('#article script, #article img, #article svg, #article b').length;"))
                .isEqualTo(0L);
        assertThat(text("#article")).contains("<script>window.pwned = 1</script>");
        assertThat(marks).isNotEmpty();
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void releases_page_lists_every_vintage_with_what_it_changed() {
        open("/releases.html");
        browser.await().until(driver -> !driver.findElement(By.id("releases-status")).getText().isEmpty());
        browser.screenshot("releases");

        int stored = TestServersAccess.served().store().releases().size();
        assertThat(browser.driver().findElements(By.cssSelector("#releases section.release"))).hasSize(stored);
        assertThat(text("#releases")).contains("first stored release of its family").contains("month(s) revised");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void about_and_api_pages_render() {
        open("/about.html");
        browser.await().until(driver -> !driver.findElements(By.cssSelector("#sources li a")).isEmpty());
        browser.screenshot("about");
        assertThat(text("#sources")).contains("nationwide-by-state");

        open("/api/");
        browser.await().until(driver -> driver.findElements(By.cssSelector("#endpoints section.endpoint")).size() >= 7);
        browser.screenshot("api");
        assertThat(text("#endpoints")).contains("/api/v1/query").contains("/api/v1/check");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    /** Months from 2018-10 (the first southwest month stored) to the last month any release covers. */
    private static int expectedMonths() {
        java.time.YearMonth last = TestServersAccess.served().engine().latestMonth(java.util.Optional.empty()).orElseThrow();
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(java.time.YearMonth.of(2018, 10), last) + 1;
    }

    private void open(String path) {
        browser.driver().get(base + path);
        if (path.equals("/") || path.startsWith("/?")) {
            browser.await().until(driver -> "true".equals(driver.findElement(By.tagName("body")).getAttribute("data-ready")));
        }
    }

    private List<Map<String, String>> check(String article, String published) {
        open("/check.html");
        WebElement text = browser.driver().findElement(By.id("article-text"));
        browser.script("arguments[0].value = arguments[1];", text, article);
        browser.script("arguments[0].value = arguments[1];", browser.driver().findElement(By.id("published")), published);
        browser.driver().findElement(By.id("check-button")).click();
        browser.await().until(driver -> "true".equals(driver.findElement(By.tagName("body")).getAttribute("data-checked")));
        return browser.driver().findElements(By.cssSelector("#article mark")).stream()
                .map(mark -> Map.of("text", mark.getText(), "verdict", mark.getAttribute("data-verdict")))
                .toList();
    }

    private long valueOf(String month) {
        Object value = browser.script("const chart = echarts.getInstanceByDom(document.getElementById('monthly'));"
                + "const option = chart.getOption(); const index = option.xAxis[0].data.indexOf(arguments[0]);"
                + "return index < 0 ? -1 : option.series[0].data[index];", month);
        return ((Number) value).longValue();
    }

    private String text(String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).getText();
    }
}
