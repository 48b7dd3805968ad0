package org.familyhub.portal.browser;

import java.util.ArrayList;
import java.util.List;

import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "When" in the search filters on a phone, and the pages with it (the search, the administrators' term dates) passing
 * axe at both widths (#18). The clock reads Wednesday 2 December 2026, 08:00.
 */
@BrowserTest
class WhenFilterBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void indexIsComplete() {
        long findable = jdbc.sql("select count(*) from service where status in ('active', 'temporarily closed')")
                .query(Long.class).single();
        org.familyhub.search.SearchIndexFixture.awaitIndex(index, java.time.Duration.ofSeconds(120),
                () -> search.search(SearchQuery.forText("").size(1).build()).total() == findable);
    }

    @Test
    void onAPhoneAParentChoosesThisWeekAndSeesTheResultsAndItsChip() {
        try (Chromium browser = new Chromium(port, Chromium.PHONE)) {
            browser.open("search?q=stay+and+play");
            browser.settle();
            assertThat(browser.find("#filters").getAttribute("open")).isNull();
            click(browser, "#filters > summary");
            assertThat(browser.find("#filter-when legend").getText()).isEqualTo("When");
            click(browser, "#filter-when-this-week");
            browser.waitFor(d -> browser.find("#filter-apply").getText().matches("Show \\d+ services?"));
            click(browser, "#filter-apply");
            browser.waitFor(d -> d.getCurrentUrl().contains("when=this-week"));
            browser.settle();
            assertThat(browser.find("#result-count").getText()).matches("\\d+ services? found for \"stay and play\".*");
            List<WebElement> cards = browser.driver().findElements(By.cssSelector(".service-card"));
            assertThat(cards).isNotEmpty();
            assertThat(browser.find("[data-filter='when']").getText()).isEqualTo("This week");

            // the chip takes the filter away again
            click(browser, "[data-filter='when']");
            browser.waitFor(d -> !d.getCurrentUrl().contains("when="));
        }
    }

    @Test
    void theSearchWithWhenAndTheTermDatesEditorHaveNoAxeViolationsAtBothWidths() {
        List<String> failures = new ArrayList<>();
        try (Chromium chromium = new Chromium(port, Chromium.DESKTOP)) {
            for (Dimension size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
                chromium.resize(size);
                chromium.open("search?q=stay+and+play&on=2026-12-08");
                chromium.waitFor(d -> d.findElement(By.cssSelector("[data-filter='when']")));
                if (size.equals(Chromium.PHONE)) {
                    click(chromium, "#filters > summary");
                }
                chromium.waitFor(d -> d.findElement(By.cssSelector("#filter-when-on")).isDisplayed());
                Axe.violations(chromium).forEach(v -> failures.add(size.width + "px search: " + v));
            }
        }
        try (Chromium chromium = Chromium.signedInAs(port, "admin")) {
            for (Dimension size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
                chromium.resize(size);
                chromium.open("workspace/term-dates");
                assertThat(chromium.waitFor(d -> d.findElement(By.id("term-dates-listed"))).getText())
                        .contains("Autumn term 2026", "Holiday:");
                Axe.violations(chromium).forEach(v -> failures.add(size.width + "px term dates: " + v));
            }
        }
        assertThat(failures).as("axe-core violations").isEmpty();
    }

    private static void click(Chromium browser, String css) {
        WebElement element = browser.find(css);
        browser.js("arguments[0].scrollIntoView({block: 'center'});", element);
        browser.js("arguments[0].click();", element);
    }
}
