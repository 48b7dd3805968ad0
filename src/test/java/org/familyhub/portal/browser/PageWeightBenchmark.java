package org.familyhub.portal.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not a test: the page-weight benchmark, run with {@code ./mvnw verify -Pbenchmark}. It starts the portal
 * itself (production mode, as every build now serves) and measures it with {@link PageWeight}. With {@code -Dbenchmark.url=…} it stands
 * aside for {@link RunningPortalPageWeightBenchmark}, which measures a portal already running there.
 */
@Tag("benchmark")
@BrowserTest
@DisabledIfSystemProperty(named = "benchmark.url", matches = ".+")
class PageWeightBenchmark {

    @LocalServerPort
    int port;

    @Test
    void printFirstVisitWeightAndLoadTime() {
        PageWeight.measure(() -> new Chromium(port, Chromium.PHONE));
    }
}
