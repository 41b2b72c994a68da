package dev.frontera.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.data.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The claim checker's page: readings in plain words, a key to the verdicts, details beside the
 * claim, a chart spanning what a record claim is judged against, distances computed by Frontera,
 * a sample article, a link that re-runs the check, and the result as JSON and CSV.
 */
class TestCheckPageInBrowser extends PageTest {

    @Test
    void the_sample_article_is_checked_with_every_kind_of_verdict_and_a_key_to_them() {
        List<Map<String, String>> marks = sample();
        browser.screenshot("check-sample");

        assertThat(marks)
                .extracting(m -> m.get("verdict"))
                .contains("accurate", "inaccurate", "misleading", "unverifiable");
        assertThat(marks)
                .contains(
                        Map.of("text", "more than 2 million", "verdict", "accurate"),
                        Map.of("text", "150,000", "verdict", "inaccurate"));
        assertThat(text(".verdict-key"))
                .contains("misleading")
                .contains("often confused with it")
                .contains("cannot answer it");
        assertThat(text("#legend")).contains("accurate").contains("misleading");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void a_record_claim_reads_in_plain_words_and_its_chart_spans_every_month_it_is_judged_against() {
        sample();
        WebElement mark = mark("most of any month on record");
        mark.click();
        browser.await()
                .until(driver ->
                        "true".equals(driver.findElement(By.tagName("body")).getAttribute("data-chart")));
        browser.screenshot("check-record-claim");

        assertThat(text("#details"))
                .contains("encounters (Border Patrol and ports of entry) at the southwest border, December 2023")
                .doesNotContain("usbp-encounters, southwest");
        List<Object> months = list(
                "return echarts.getInstanceByDom(document.getElementById('claim-chart')).getOption().xAxis[0].data;");
        assertThat(months.get(0)).isEqualTo("Oct 2013");
        assertThat(months).contains("Mar 2023", "Dec 2023");
        assertThat(text("#chart-caption")).contains("every month the record is judged against");
        // Beside the claim: for a claim far down the article, the details start within a few lines of its mark.
        WebElement lower = mark("150,000");
        lower.click();
        browser.await()
                .until(driver -> driver.findElement(By.id("details")).getText().contains("150,000"));
        mark = lower;
        long markTop = ((Number) script("return arguments[0].getBoundingClientRect().top;", mark)).longValue();
        long panelTop = ((Number)
                        script("return document.getElementById('details-panel').getBoundingClientRect().top;"))
                .longValue();
        long articleTop =
                ((Number) script("return document.getElementById('article').getBoundingClientRect().top;")).longValue();
        assertThat(Math.abs(panelTop - markTop)).isLessThan(120);
        assertThat(markTop - articleTop).isGreaterThan(200);
    }

    @Test
    void a_distance_is_computed_by_frontera_with_its_method_in_one_sentence_and_details_folded() {
        sample();
        mark("about 1,000 miles").click();
        browser.await()
                .until(driver ->
                        !driver.findElements(By.cssSelector("#details .method")).isEmpty());

        assertThat(text("#details"))
                .contains("Computed by Frontera")
                .contains("825 mi in a straight line")
                .doesNotContain("Official figure")
                .doesNotContain("WGS84");
        assertThat(text("#details .method")).startsWith("Method: ").doesNotContain(". ");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#details details.explanation"))
                        .getAttribute("open"))
                .isNull();
        assertThat(text("#details")).contains("Distance from Tapachula, MX to the US–Mexico border");
    }

    @Test
    void the_link_re_runs_the_check_and_the_result_downloads_as_json_and_csv() {
        List<Map<String, String>> marks = sample();
        String link = browser.driver().getCurrentUrl();
        script("window.saved = []; Frontera.download = (name, content) => window.saved.push({name, content});");
        browser.driver().findElement(By.cssSelector("#check-downloads summary")).click();
        browser.driver()
                .findElement(By.cssSelector("[data-check-download=json]"))
                .click();
        browser.driver().findElement(By.cssSelector("#check-downloads summary")).click();
        browser.driver()
                .findElement(By.cssSelector("[data-check-download=csv]"))
                .click();
        List<Object> saved = list("return window.saved.map((s) => s.name + '\\n' + s.content);");

        assertThat(link).contains("/check.html#a=");
        assertThat((String) saved.get(0))
                .startsWith("frontera-check-2025-12-20.json")
                .contains("\"checked_by\": \"Frontera\"")
                .contains("\"claims\"");
        assertThat((String) saved.get(1))
                .contains("claim,verdict,reading,claimed_value,official_value")
                .contains("\"150,000\",inaccurate,\"Border Patrol encounters at the southwest border, November 2023\"");

        browser.driver().navigate().to("about:blank");
        browser.driver().get(link);
        browser.await()
                .until(driver ->
                        "true".equals(driver.findElement(By.tagName("body")).getAttribute("data-checked")));
        assertThat(marks()).isEqualTo(marks);
    }

    @Test
    void readings_alternatives_and_confidence_from_the_claim_json_are_shown() {
        open("/check.html");
        String detail =
                (String) script("return CheckPage.describe({kind: 'statistic', text: 'about 250,000', sentence: 's',"
                        + " measure: 'usbp-encounters', region: 'southwest', period: '2023-12', per_day: false, filters: {}, qualifier: 'about',"
                        + " reading: {description: 'Border Patrol encounters at the southwest border, December 2023'},"
                        + " official: {value: 249740, release: 'x'}, verdict: 'accurate', explanation: 'e', confidence: 0.82,"
                        + " alternatives: [{description: 'encounters (Border Patrol and ports of entry) at the southwest border, December 2023',"
                        + " prior: 0.15, posterior: 0.1, official: {value: 301981, release: 'x'}, fits: false},"
                        + " {description: 'Border Patrol encounters in Yuma sector, December 2023', prior: 0.01, posterior: 0.01,"
                        + " official: null, fits: null}]}).textContent;");

        assertThat(detail)
                .contains("Border Patrol encounters at the southwest border, December 2023")
                .contains("82% sure of this verdict")
                .contains(
                        "encounters (Border Patrol and ports of entry) at the southwest border, December 2023: 301,981 (does not fit)")
                .contains("weight after the record 10%, from the words alone 15%")
                .contains("(the record does not answer it)");
        assertThat((String) script(
                        "return CheckPage.reading({kind: 'statistic', measure: 'usbp-encounters', region: 'southwest',"
                                + " period: 'FY2022', per_day: false, filters: {}});"))
                .isEqualTo(
                        "Border Patrol encounters at the southwest border, fiscal year 2022 (October 2021 to September 2022)");
    }

    @Test
    void the_seed_article_reads_in_plain_words() throws IOException {
        String article = Files.readString(
                SharedFiles.fixtures("articles/blinken-mexico-city-2023-12.txt"), StandardCharsets.UTF_8);
        check(article, "2023-12-28");
        mark("over 190,000").click();
        browser.await()
                .until(driver -> driver.findElement(By.id("details")).getText().contains("191,106"));

        assertThat(text("#details"))
                .contains("Border Patrol encounters at the southwest border, November 2023")
                .contains("The official figure (191,106) supports it.")
                .contains("sure of this verdict")
                .contains("Other readings");
    }

    @Test
    void nothing_runs_from_a_hostile_article() {
        String hostile = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">"
                + "<b onmouseover=\"window.pwned = 3\">Border Patrol</b> recorded over 190,000 apprehensions at the"
                + " southwest border in November 2023. <svg onload=\"window.pwned = 4\"></svg>";
        check(hostile, "2023-12-28");

        assertThat(browser.script("return window.pwned === undefined;")).isEqualTo(true);
        assertThat(
                        browser.script(
                                "return document.querySelectorAll('#article script, #article img, #article svg, #article b').length;"))
                .isEqualTo(0L);
        assertThat(text("#article")).contains("<script>window.pwned = 1</script>");
        assertThat(marks()).isNotEmpty();
    }

    @Test
    void on_a_phone_the_details_open_over_the_article_and_nothing_scrolls_sideways() {
        browser.phone();
        sample();
        mark("more than 2 million").click();
        browser.screenshot("check-phone-details");

        WebElement panel = browser.driver().findElement(By.id("details-panel"));
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(panel.getCssValue("position")).isEqualTo("fixed");
        assertThat(browser.sidewaysOverflow()).isLessThanOrEqualTo(0L);
        browser.driver().findElement(By.id("details-close")).click();
        assertThat(panel.isDisplayed()).isFalse();
    }

    private List<Map<String, String>> sample() {
        open("/check.html");
        browser.driver().findElement(By.id("sample-button")).click();
        browser.await()
                .until(driver ->
                        "true".equals(driver.findElement(By.tagName("body")).getAttribute("data-checked")));
        return marks();
    }

    private void check(String article, String published) {
        open("/check.html");
        script("arguments[0].value = arguments[1];", browser.driver().findElement(By.id("article-text")), article);
        script("arguments[0].value = arguments[1];", browser.driver().findElement(By.id("published")), published);
        browser.driver().findElement(By.id("check-button")).click();
        browser.await()
                .until(driver ->
                        "true".equals(driver.findElement(By.tagName("body")).getAttribute("data-checked")));
    }

    private List<Map<String, String>> marks() {
        return browser.driver().findElements(By.cssSelector("#article mark")).stream()
                .map(mark -> Map.of("text", mark.getText(), "verdict", mark.getAttribute("data-verdict")))
                .toList();
    }

    private WebElement mark(String text) {
        WebElement found = browser.driver().findElements(By.cssSelector("#article mark")).stream()
                .filter(mark -> mark.getText().equals(text))
                .findFirst()
                .orElseThrow();
        script("arguments[0].scrollIntoView({block: 'center'});", found);
        return found;
    }
}
