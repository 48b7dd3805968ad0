package org.familyhub.portal.browser;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The page-weight measurement shared by {@link PageWeightBenchmark} (the portal started by the test, in
 * development mode) and {@link RunningPortalPageWeightBenchmark} (any running portal, e.g. the production
 * jar). For the home page, a results page and a service page it prints what a first visit transfers (empty
 * cache, from the browser's Resource Timing), how long until the page is drawn and idle, and the heaviest
 * responses. Aim: under 1 MB.
 */
final class PageWeight {

    static final Map<String, String> PAGES = Map.of(
            "home", "",
            "results", "search?q=stay+and+play+crewe&free=true",
            "service", "services/2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");

    private PageWeight() {
    }

    @SuppressWarnings("unchecked")
    static void measure(Supplier<Chromium> browsers) {
        // One warm-up visit, so Vaadin's first-request start-up is not counted against the home page.
        try (Chromium warm = browsers.get()) {
            warm.open("");
        }
        StringBuilder heaviest = new StringBuilder();
        System.out.println("page      transferred   requests   load (ms)   drawn and idle (ms)");
        for (String name : List.of("home", "results", "service")) {
            try (Chromium browser = browsers.get()) {
                long started = System.nanoTime();
                browser.open(PAGES.get(name));
                long idleMs = (System.nanoTime() - started) / 1_000_000;
                Map<String, Object> timing = (Map<String, Object>) browser.js("""
                        const nav = performance.getEntriesByType('navigation')[0];
                        const resources = performance.getEntriesByType('resource');
                        const bytes = resources.reduce((sum, r) => sum + (r.transferSize || 0), nav.transferSize || 0);
                        const top = [nav, ...resources].sort((a, b) => (b.transferSize || 0) - (a.transferSize || 0))
                            .slice(0, 6).map(r => Math.round((r.transferSize || 0) / 1024) + ' kB  '
                                + r.name.replace(location.origin, ''));
                        return { bytes: bytes, requests: resources.length + 1, load: nav.loadEventEnd - nav.startTime,
                            top: top };""");
                System.out.printf(Locale.ROOT, "%-9s %9.1f kB   %8d   %9.0f   %19d%n", name,
                        ((Number) timing.get("bytes")).doubleValue() / 1024, ((Number) timing.get("requests")).intValue(),
                        ((Number) timing.get("load")).doubleValue(), idleMs);
                heaviest.append("heaviest on ").append(name).append(":\n");
                for (Object line : (List<Object>) timing.get("top")) {
                    heaviest.append("  ").append(line).append('\n');
                }
            }
        }
        System.out.print(heaviest);
    }
}
