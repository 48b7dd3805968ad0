package org.familyhub.portal.browser;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The page-weight measurement shared by {@link PageWeightBenchmark} (the portal started by the test, in
 * production mode) and {@link RunningPortalPageWeightBenchmark} (any running portal, e.g. the production
 * jar). For the home page, a results page and a service page it prints what a first visit transfers (empty
 * cache, from the browser's Resource Timing), how long until the page is drawn and idle, and the heaviest
 * responses; then the same pages on a cheap phone (1.6 Mbps, 150 ms, CPU four times slower), with the time
 * until the heading is first painted. Aims: under 600 kB, heading within 2.5 s.
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
        cheapPhone(browsers);
    }

    /** Chromium's own throttling; the heading is in the first HTML, so its first paint is when a family reads. */
    private static void cheapPhone(Supplier<Chromium> browsers) {
        System.out.println("cheap phone (1.6 Mbps, 150 ms RTT, CPU x4)");
        System.out.println("page      heading painted (ms)   drawn and idle (ms)");
        for (String name : List.of("home", "results", "service")) {
            try (Chromium browser = browsers.get()) {
                browser.driver().executeCdpCommand("Network.enable", Map.of());
                browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                        "latency", 150, "downloadThroughput", 1_600_000 / 8, "uploadThroughput", 750_000 / 8));
                browser.driver().executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
                long started = System.nanoTime();
                browser.open(PAGES.get(name));
                long idleMs = (System.nanoTime() - started) / 1_000_000;
                Number painted = (Number) browser.js("const p = performance.getEntriesByName('first-contentful-paint')[0];"
                        + " return p ? p.startTime : -1;");
                System.out.printf(Locale.ROOT, "%-9s %20.0f   %19d%n", name, painted.doubleValue(), idleMs);
            }
        }
    }
}
