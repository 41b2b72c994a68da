package dev.frontera.server.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven by its own chromedriver (no driver download), with a fresh profile. */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private int width = 1440;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium, or skips the calling test when it is not installed. */
    static Browser start() {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "skipped: no Chromium at /usr/bin/chromium (apt-get install chromium chromium-driver)");
        try {
            Path profile = Files.createTempDirectory("frontera-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--no-first-run",
                    "--disable-dev-shm-usage",
                    "--window-size=1440,900",
                    "--hide-scrollbars",
                    "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Console errors and warnings so far (each call drains the log). */
    List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::toString)
                .toList();
    }

    /** Saves a screenshot of what is in view under target/screenshots for people to look at. */
    void screenshot(String name) {
        write(name + ".png", ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Saves the whole page, beyond the viewport, under target/screenshots. */
    void screenshotWholePage(String name) {
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        write(name + ".png", java.util.Base64.getDecoder().decode((String) shot.get("data")));
    }

    static void write(String file, byte[] png) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(file), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A desktop viewport of 1440 by 900 CSS pixels. */
    void desktop() {
        viewport(1440, 900, false);
    }

    /** A phone's viewport: 390 by 844 CSS pixels, as a mobile device (touch, no desktop page width). */
    void phone() {
        viewport(390, 844, true);
    }

    void viewport(int width, int height, boolean mobile) {
        this.width = width;
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /**
     * How far the page is wider than the screen, in CSS pixels: 0 when nothing scrolls sideways.
     * Measured against the screen's width, not the window's: a phone widens its layout to the
     * content (and zooms out) rather than scroll.
     */
    long sidewaysOverflow() {
        return ((Number) script("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);"))
                        .longValue()
                - width;
    }

    @Override
    public void close() {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile; best effort
        }
    }
}
