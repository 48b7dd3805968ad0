package org.familyhub.portal.browser;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not a test: the page-weight benchmark, run with {@code ./mvnw verify -Pbenchmark}. For the home page,
 * a results page and a service page it prints what a first visit transfers (empty cache, from the
 * browser's Resource Timing) and how long until the page is drawn and idle. Aim: under 1 MB.
 */
@Tag("benchmark")
@BrowserTest
class PageWeightBenchmark {

    private static final Map<String, String> PAGES = Map.of(
            "home", "",
            "results", "search?q=stay+and+play+crewe&free=true",
            "service", "services/2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void printFirstVisitWeightAndLoadTime() {
        // One warm-up visit, so Vaadin's first-request start-up is not counted against the home page.
        try (Chromium warm = new Chromium(port, Chromium.PHONE)) {
            warm.open("");
        }
        System.out.println("page      transferred   requests   load (ms)   drawn and idle (ms)");
        for (String name : List.of("home", "results", "service")) {
            try (Chromium browser = new Chromium(port, Chromium.PHONE)) {
                long started = System.nanoTime();
                browser.open(PAGES.get(name));
                long idleMs = (System.nanoTime() - started) / 1_000_000;
                Map<String, Object> timing = (Map<String, Object>) browser.js("""
                        const nav = performance.getEntriesByType('navigation')[0];
                        const resources = performance.getEntriesByType('resource');
                        const bytes = resources.reduce((sum, r) => sum + (r.transferSize || 0), nav.transferSize || 0);
                        return { bytes: bytes, requests: resources.length + 1, load: nav.loadEventEnd - nav.startTime };""");
                System.out.printf(Locale.ROOT, "%-9s %9.1f kB   %8d   %9.0f   %19d%n", name,
                        ((Number) timing.get("bytes")).doubleValue() / 1024, ((Number) timing.get("requests")).intValue(),
                        ((Number) timing.get("load")).doubleValue(), idleMs);
            }
        }
    }
}
