package org.familyhub.portal.scale;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.familyhub.portal.browser.Chromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A parent on a cheap phone: Chromium at 390 px with the network at 1.6 Mbps down, 750 kbps up, 150 ms round
 * trip, and the processor slowed four times, every visit with an empty cache. A script planted before the
 * page's own notes when the heading and the page's main content (the first result card, or a service's key
 * facts) are first in the document, and when Vaadin's client has finished; then the same page is read with
 * JavaScript switched off.
 */
final class PhoneProfile {

    /** Runs at document start, before any of the page's scripts; the main content's selector is passed in. */
    private static final String RECORDER = """
            window.__firsts = {};
            new MutationObserver(() => {
              const f = window.__firsts;
              if (f.heading === undefined && document.querySelector('h1')) f.heading = performance.now();
              if (f.content === undefined && document.querySelector(window.__contentSelector || '.service-card'))
                f.content = performance.now();
            }).observe(document, { childList: true, subtree: true });
            """;

    /** A page to open and the selector of its main content. */
    record Page(String name, String path, String content) {
    }

    /** What the parent saw: milliseconds from the start of navigation, and the kilobytes transferred. */
    record Visit(String page, double headingMs, double contentMs, double scriptsDoneMs, double kilobytes,
            boolean contentWithoutJavaScript) {
    }

    private PhoneProfile() {
    }

    static Visit visit(String base, Page page) {
        try (Chromium browser = new Chromium(base, Chromium.PHONE)) {
            ChromeDriver driver = browser.driver();
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 150,
                    "downloadThroughput", 1_600_000 / 8, "uploadThroughput", 750_000 / 8));
            driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__contentSelector = " + quoted(page.content()) + ";\n" + RECORDER));
            driver.get(base + page.path());
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> Boolean.TRUE.equals(browser.js(
                    "return !!document.querySelector('h1') && !!window.Vaadin && !!window.Vaadin.Flow"
                            + " && !!window.Vaadin.Flow.clients && Object.keys(window.Vaadin.Flow.clients).length > 0"
                            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
            @SuppressWarnings("unchecked")
            Map<String, Object> seen = (Map<String, Object>) browser.js("""
                    const nav = performance.getEntriesByType('navigation')[0];
                    const bytes = performance.getEntriesByType('resource')
                        .reduce((sum, r) => sum + (r.transferSize || 0), nav.transferSize || 0);
                    return { heading: window.__firsts.heading ?? -1, content: window.__firsts.content ?? -1,
                             done: performance.now(), bytes: bytes };""");
            return new Visit(page.name(), number(seen, "heading"), number(seen, "content"), number(seen, "done"),
                    number(seen, "bytes") / 1024, readableWithoutJavaScript(base, page));
        }
    }

    /** The page with scripts off: does the HTML itself hold a heading and the main content? */
    static boolean readableWithoutJavaScript(String base, Page page) {
        try (Chromium browser = new Chromium(base, Chromium.PHONE)) {
            ChromeDriver driver = browser.driver();
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            driver.get(base + page.path());
            Document seen = Jsoup.parse(driver.getPageSource());
            return !seen.select("h1").text().isBlank() && !seen.select(page.content()).text().isBlank();
        }
    }

    static void print(Iterable<Visit> visits) {
        System.out.println("cheap phone (1.6 Mbps, 150 ms RTT, CPU x4, empty cache); target: heading and content"
                + " ≤ 2500 ms, first visit ≤ 600 kB, content with JavaScript off");
        System.out.println("page        heading (ms)   content (ms)   scripts done (ms)   transferred (kB)   JS off");
        for (Visit visit : visits) {
            System.out.printf(Locale.ROOT, "%-10s %13s %14s %19.0f %18.0f   %s%n", visit.page(),
                    shown(visit.headingMs()), shown(visit.contentMs()), visit.scriptsDoneMs(), visit.kilobytes(),
                    visit.contentWithoutJavaScript() ? "readable" : "EMPTY");
        }
    }

    private static String shown(double ms) {
        return ms < 0 ? "never" : String.format(Locale.ROOT, "%.0f", ms);
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    private static String quoted(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
