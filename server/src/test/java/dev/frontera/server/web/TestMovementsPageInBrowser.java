package dev.frontera.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.data.PublishedRecord;
import dev.frontera.data.SharedFiles;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.read.ParsedFile;
import dev.frontera.data.store.ReleaseMetadata;
import dev.frontera.data.store.Store;
import dev.frontera.server.FronteraServer;
import dev.frontera.server.ServedStore;
import dev.frontera.server.ServerSettings;
import dev.frontera.server.api.AdminToken;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The movements page in headless Chromium over a real store holding one caravan with two sightings. */
class TestMovementsPageInBrowser {
    private static final String TOKEN = "browser-test-token-0123456789";

    @TempDir
    static Path folder;

    private static ServedStore served;
    private static FronteraServer server;
    private static String base;
    private Browser browser;

    @BeforeAll
    static void startServer() throws IOException, InterruptedException {
        Path state =
                PublishedRecord.file("nationwide-encounters-state/nationwide-encounters-fy23-fy26-nov-state.csv.gz");
        Path sectors = PublishedRecord.file("southwest-land-border-encounters/sbo-encounters-fy22-fy25-nov.csv");
        Path workbook = PublishedRecord.file("ohss/KHSM Encounters (USBP) fy25m11.xlsx");
        Store store = Store.open(folder.resolve("frontera.duckdb"));
        for (Path file : List.of(state, sectors, workbook)) {
            ParsedFile parsed = OfficialFiles.read(file);
            store.ingest(parsed, ReleaseMetadata.fromCatalog(parsed));
        }
        served = ServedStore.over(store);
        server = FronteraServer.create(
                        served,
                        ServerSettings.defaults()
                                .withAddress(ServerSettings.LOCALHOST, 0)
                                .withAdminToken(AdminToken.of(TOKEN)))
                .start();
        base = "http://127.0.0.1:" + server.port();
        write(
                "/api/v1/movements",
                "{\"name\":\"Christmas Eve caravan\",\"firstReported\":\"2023-12-24\","
                        + "\"origin\":\"Tapachula\",\"nationalities\":[\"Honduras\",\"El Salvador\",\"Venezuela\",\"Haiti\"]}");
        write(
                "/api/v1/movements/christmas-eve-caravan/sightings",
                "{\"date\":\"2023-12-26\",\"place\":\"Huixtla\","
                        + "\"size\":{\"low\":6000,\"high\":7000,\"qualifier\":\"about\",\"givenBy\":\"organisers\"},"
                        + "\"sourceUrl\":\"https://example.org/huixtla\"}");
        write(
                "/api/v1/movements/christmas-eve-caravan/sightings",
                "{\"date\":\"2023-12-30\",\"place\":\"Escuintla, MX\","
                        + "\"size\":{\"low\":4000,\"givenBy\":\"INM\"},\"sourceUrl\":\"https://example.org/escuintla\"}");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
        if (served != null) {
            served.close();
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
    void draws_the_track_the_latest_position_and_the_arrival_window() {
        open("/movements.html?id=christmas-eve-caravan");

        long points = ((Number) browser.script("return MovementsPage.trackPoints();")).longValue();
        List<?> latest = (List<?>) browser.script("return MovementsPage.latestPosition();");
        String arrival = text("arrival-window");
        browser.screenshot("movements");

        assertThat(points).isEqualTo(3);
        assertThat(((Number) latest.get(0)).doubleValue()).isBetween(15.0, 15.6);
        assertThat(((Number) latest.get(1)).doubleValue()).isBetween(-92.9, -92.4);
        assertThat(text("latest-position")).contains("Escuintla").contains("2023-12-30");
        assertThat(text("distance-left")).contains("km").contains("mi");
        assertThat(arrival).matches("around \\d{4}-\\d{2}-\\d{2} \\(earliest .*\\) at .*");
        assertThat(browser.driver().findElements(By.cssSelector("#sightings tbody tr")))
                .hasSize(2);
        assertThat(browser.driver().findElements(By.cssSelector("#sightings a")))
                .hasSize(2);
        assertThat(text("context"))
                .contains("Honduras")
                .contains("Source:")
                .doesNotContain("no official release answers");
        assertThat(browser.driver().findElements(By.cssSelector("#history li"))).hasSize(3);
        assertThat(browser.driver().findElements(By.cssSelector("#movement-map path.leaflet-interactive")))
                .isNotEmpty();
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void the_map_shows_the_route_and_the_whole_border_with_labels_and_a_scale() {
        open("/movements.html?id=christmas-eve-caravan");

        assertThat(browser.driver().findElements(By.cssSelector("#movement-map path[stroke='#b21f1f']")))
                .isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#movement-map .map-label")).stream()
                        .map(e -> e.getAttribute("textContent"))
                        .toList())
                .anyMatch(label -> label.startsWith("Tapachula"))
                .anyMatch(label -> label.startsWith("Latest: Escuintla"))
                .anyMatch(label -> label.startsWith("Likely crossing: "));
        assertThat(text("movement-map")).contains("km").contains("mi");
        assertThat(browser.driver().findElements(By.cssSelector("#movement-map .leaflet-control-scale")))
                .hasSize(1);
        // Tijuana's end of the border and Tapachula, where the caravan set out, are both in view.
        assertThat((Boolean) browser.script(
                        "return MovementsPage.inView(32.53, -117.04) && MovementsPage.inView(14.9, -92.26)"
                                + " && MovementsPage.inView(25.96, -97.14);"))
                .isTrue();
    }

    @Test
    void the_official_figures_are_those_of_the_caravans_own_months() {
        open("/movements.html?id=christmas-eve-caravan");

        List<String> onRoad = browser.driver().findElements(By.cssSelector("#context tr.on-road")).stream()
                .map(row -> row.getAttribute("data-month"))
                .distinct()
                .toList();
        List<String> months = browser.driver().findElements(By.cssSelector("#context tr[data-month]")).stream()
                .map(row -> row.getAttribute("data-month"))
                .distinct()
                .sorted()
                .toList();
        assertThat(onRoad).containsExactly("2023-12");
        assertThat(months.get(months.size() - 1)).isEqualTo("2024-02");
        assertThat(text("context")).contains("Sector").contains("December 2023");
    }

    @Test
    void an_admin_imports_an_article_and_records_its_caravan() throws IOException {
        open("/movements.html");
        String article = Files.readString(
                SharedFiles.fixtures("articles/blinken-mexico-city-2023-12.txt"), StandardCharsets.UTF_8);

        assertThat(browser.driver().findElement(By.id("admin-area")).isDisplayed())
                .isFalse();
        browser.driver().findElement(By.id("admin-token")).sendKeys("not-the-token-0123456789");
        browser.driver().findElement(By.id("sign-in-button")).click();
        browser.await().until(driver -> text("admin-status").contains("not this server's admin token"));
        assertThat(browser.driver().findElement(By.id("admin-area")).isDisplayed())
                .isFalse();
        browser.driver().findElement(By.id("admin-token")).clear();
        browser.driver().findElement(By.id("admin-token")).sendKeys(TOKEN);
        browser.driver().findElement(By.id("sign-in-button")).click();
        browser.await().until(driver -> driver.findElement(By.id("admin-area")).isDisplayed());
        assertThat(browser.driver().findElement(By.id("admin-token")).getAttribute("value"))
                .isEmpty();
        browser.script("document.getElementById('proposal-text').value = arguments[0];", article);
        browser.script("document.getElementById('proposal-published').value = '2023-12-28';");
        browser.driver()
                .findElement(By.cssSelector("#proposal-form button[type=submit]"))
                .click();
        browser.await().until(driver -> text("proposal").contains("Tapachula"));
        assertThat(text("proposal")).contains("2023-12-24").contains("accurate").contains("1,000 miles");
        browser.driver().findElement(By.cssSelector("#proposal button")).click();
        browser.driver().findElement(By.id("m-name")).clear();
        browser.driver().findElement(By.id("m-name")).sendKeys("Imported caravan");
        browser.driver()
                .findElement(By.cssSelector("#movement-form button[type=submit]"))
                .click();
        browser.await().until(driver -> text("status").startsWith("Imported caravan"));
        browser.driver().findElement(By.id("s-source")).sendKeys("https://example.org/article");
        browser.driver()
                .findElement(By.cssSelector("#sighting-form button[type=submit]"))
                .click();
        browser.await().until(driver -> text("admin-status").startsWith("Recorded the sighting"));
        browser.screenshot("movements-admin");

        assertThat(text("sightings")).contains("7,000").contains("Tapachula");
        // The wrong token's 401 is the one expected complaint.
        assertThat(browser.consoleProblems())
                .allMatch(problem -> problem.contains("/api/v1/admin") && problem.contains("401"));
    }

    @Test
    void shows_markup_typed_into_a_place_as_text_in_the_map_tooltip() throws IOException, InterruptedException {
        String markup =
                "<b>bold</b> <a href=\\\"https://example.org/x\\\">link</a> <img src=x onerror=\\\"window.pwned=1\\\">";
        write(
                "/api/v1/movements",
                "{\"name\":\"Markup caravan\",\"firstReported\":\"2023-12-24\"," + "\"origin\":\"Tapachula\"}");
        write(
                "/api/v1/movements/markup-caravan/sightings",
                "{\"date\":\"2023-12-26\",\"place\":\"" + markup + "\","
                        + "\"latitude\":15.27,\"longitude\":-92.58,\"sourceUrl\":\"https://example.org/markup\"}");
        open("/movements.html?id=markup-caravan");

        // The latest position's label (labels are permanent tooltips): the place typed, as text.
        browser.await()
                .until(driver -> driver.findElements(By.cssSelector(".leaflet-tooltip")).stream()
                        .anyMatch(label -> label.getAttribute("textContent").startsWith("Latest:")));
        org.openqa.selenium.WebElement tooltip =
                browser.driver().findElements(By.cssSelector(".leaflet-tooltip")).stream()
                        .filter(label -> label.getAttribute("textContent").startsWith("Latest:"))
                        .findFirst()
                        .orElseThrow();

        assertThat(tooltip.getAttribute("textContent")).contains("<b>bold</b>").contains("<img src=x");
        assertThat(tooltip.findElements(By.cssSelector("b, a, img"))).isEmpty();
        assertThat(browser.script("return window.pwned === undefined;")).isEqualTo(true);
    }

    @Test
    void reads_on_a_phone_without_sideways_scrolling() {
        browser.phone();
        open("/movements.html?id=christmas-eve-caravan");
        browser.screenshot("movements-phone");

        long overflow = ((Number) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .longValue();
        assertThat(overflow).isLessThanOrEqualTo(0);
        assertThat(browser.consoleProblems()).isEmpty();
    }

    private void open(String path) {
        browser.driver().get(base + path);
        browser.await()
                .until(driver -> !text("status").isEmpty() && !text("status").startsWith("Loading"));
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("textContent");
    }

    private static void write(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + TOKEN)
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
