package dev.frontera.server.web;

import dev.frontera.server.FronteraServer;
import dev.frontera.server.ServerSettings;
import dev.frontera.server.TestServersAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;

/**
 * A page test: the real server over every official file of the shared folder (what 'frontera
 * serve --data' serves), and a fresh headless Chromium per test.
 */
abstract class PageTest {
    static FronteraServer server;
    static String base;
    Browser browser;

    @BeforeAll
    static void startServer() {
        server = FronteraServer.create(
                        TestServersAccess.full(),
                        ServerSettings.defaults()
                                .withAddress(ServerSettings.LOCALHOST, 0)
                                .withCheckRate(100, 100))
                .start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
            server = null;
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

    /** Opens a page and waits until it says it has drawn (body data-ready), if it says so. */
    void open(String path) {
        browser.driver().get(base + path);
        browser.await().until(driver -> {
            String ready = driver.findElement(By.tagName("body")).getAttribute("data-ready");
            String loaded = driver.findElement(By.tagName("body")).getAttribute("data-loaded");
            boolean waits = (Boolean) browser.script("return !!document.querySelector('script[src=\"/js/overview.js\"],"
                    + " script[src=\"/js/record.js\"], script[src=\"/js/movements.js\"]');");
            boolean check =
                    (Boolean) browser.script("return !!document.querySelector('script[src=\"/js/check.js\"]');");
            if (check) {
                return "true".equals(loaded);
            }
            return !waits || (ready != null && !ready.equals("loading"));
        });
    }

    /** Waits for the page to finish drawing after an action. */
    void awaitReady() {
        browser.await().until(driver -> {
            String ready = driver.findElement(By.tagName("body")).getAttribute("data-ready");
            return ready != null && !ready.equals("loading");
        });
    }

    String text(String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).getText();
    }

    Object script(String script, Object... arguments) {
        return browser.script(script, arguments);
    }

    /** A script's list result, for assertions on its elements. */
    @SuppressWarnings("unchecked")
    java.util.List<Object> list(String script, Object... arguments) {
        return (java.util.List<Object>) browser.script(script, arguments);
    }
}
