package org.familyhub.portal.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: the page-weight benchmark against a portal that is already running, e.g. the production jar
 * ({@code ./mvnw -o verify -Pbenchmark -Dbenchmark.url=http://localhost:8095}). No application context is
 * started here. Only runs when {@code benchmark.url} is set.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark.url", matches = ".+")
class RunningPortalPageWeightBenchmark {

    @Test
    void printFirstVisitWeightAndLoadTime() {
        String url = System.getProperty("benchmark.url");
        String base = url.endsWith("/") ? url : url + "/";
        PageWeight.measure(() -> new Chromium(base, Chromium.PHONE));
    }
}
