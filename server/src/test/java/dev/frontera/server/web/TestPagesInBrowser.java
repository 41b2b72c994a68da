package dev.frontera.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.server.TestServersAccess;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Every page at a desktop's 1440 by 900 and a phone's 390 by 844, with a screenshot of each
 * written on every run (target/screenshots), and the pages not covered elsewhere: releases, notes
 * on the data, the API, and the movements page of a store with no caravan.
 */
class TestPagesInBrowser extends PageTest {
    private static final List<String> PAGES =
            List.of("/", "/record.html", "/check.html", "/movements.html", "/releases.html", "/about.html", "/api/");

    @Test
    void every_page_fits_a_desktop_and_a_phone_and_is_photographed_at_both() {
        for (String page : PAGES) {
            for (boolean phone : new boolean[] {false, true}) {
                if (phone) {
                    browser.phone();
                } else {
                    browser.desktop();
                }
                open(page);
                if (page.equals("/check.html")) {
                    browser.driver().findElement(By.id("sample-button")).click();
                    browser.await()
                            .until(driver -> "true"
                                    .equals(driver.findElement(By.tagName("body"))
                                            .getAttribute("data-checked")));
                }
                String loaded = switch (page) {
                    case "/releases.html" -> "#releases details";
                    case "/about.html" -> "#coverage tbody tr[data-family]";
                    case "/api/" -> "#endpoints section";
                    default -> "body";
                };
                browser.await()
                        .until(driver ->
                                !driver.findElements(By.cssSelector(loaded)).isEmpty());
                String name = (page.equals("/") ? "overview" : page.replaceAll("[/.]|html", ""))
                        + (phone ? "-390x844" : "-1440x900");
                browser.screenshot(name);
                browser.screenshotWholePage(name + "-whole");
                assertThat(browser.sidewaysOverflow())
                        .as(name + " scrolls sideways")
                        .isLessThanOrEqualTo(0L);
                assertThat(browser.consoleProblems()).as(name).isEmpty();
            }
        }
    }

    @Test
    void releases_are_named_for_people_folded_filterable_and_opened_by_their_link() {
        String id = TestServersAccess.full().store().releases().get(0).id();
        open("/releases.html#release-" + id);
        browser.await()
                .until(driver -> !driver.findElements(By.cssSelector("#releases details"))
                        .isEmpty());

        int stored = TestServersAccess.full().store().releases().size();
        assertThat(browser.driver().findElements(By.cssSelector("#releases details.release")))
                .hasSize(stored);
        assertThat(browser.driver().findElement(By.id("release-" + id)).getAttribute("open"))
                .isNotNull();
        assertThat(text("#release-" + id + " summary"))
                .startsWith("CBP Nationwide Encounters (by state), October 2022 to November 2025");
        assertThat(browser.driver().findElements(By.cssSelector("#releases caption")).stream()
                        .map(caption -> caption.getAttribute("textContent"))
                        .toList())
                .anyMatch(caption -> caption.matches("The \\d+ largest revisions of \\d+"));
        new Select(browser.driver().findElement(By.id("family-filter")))
                .selectByVisibleText("CBP Southwest Land Border Encounters");
        long shown = browser.driver().findElements(By.cssSelector("#releases details.release")).stream()
                .filter(WebElement::isDisplayed)
                .count();
        assertThat(shown).isEqualTo(3);
        assertThat(text("#releases-status")).startsWith("3 of " + stored);
    }

    @Test
    void the_notes_say_what_is_published_why_sources_differ_and_where_the_policy_dates_come_from() {
        open("/about.html");
        browser.await()
                .until(driver -> !driver.findElements(By.cssSelector("#coverage tbody tr[data-family]"))
                        .isEmpty());

        assertThat(text("#coverage"))
                .contains("CBP Nationwide Encounters (by state)")
                .contains("October 2019 to November 2025")
                .contains("rounded to 10");
        assertThat(text("#families")).contains("DHS OHSS Border Patrol encounters (KHSM)");
        List<String> sources = browser.driver().findElements(By.cssSelector("#events a")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
        assertThat(sources)
                .hasSize(4)
                .allMatch(href ->
                        href.startsWith("https://www.federalregister.gov/") || href.startsWith("https://www.dhs.gov/"));
        assertThat(text("#events"))
                .contains("Proclamation 10773")
                .contains("Proclamation 10888")
                .contains("85 FR 16567");
    }

    @Test
    void the_api_page_lists_every_route() {
        open("/api/");
        browser.await()
                .until(driver -> driver.findElements(By.cssSelector("#endpoints section.endpoint"))
                                .size()
                        >= 16);

        assertThat(text("#endpoints"))
                .contains("/api/v1/series")
                .contains("fiscal-year-to-date")
                .contains("/api/v1/admin")
                .contains("datapackage");
    }

    @Test
    void movements_of_a_store_without_a_caravan_explain_how_to_add_one_and_hide_the_admin_forms() {
        open("/movements.html");

        assertThat(browser.driver().findElement(By.id("empty-state")).isDisplayed())
                .isTrue();
        assertThat(text("#empty-state")).contains("No caravan recorded yet").contains("frontera movements import");
        assertThat(browser.driver().findElement(By.id("movement-view")).isDisplayed())
                .isFalse();
        assertThat(browser.driver().findElement(By.id("admin-area")).isDisplayed())
                .isFalse();
        assertThat(browser.driver().findElement(By.id("sign-in")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.cssSelector("select")).stream()
                        .noneMatch(WebElement::isDisplayed))
                .isTrue();
    }
}
