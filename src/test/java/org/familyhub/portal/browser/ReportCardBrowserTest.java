package org.familyhub.portal.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.familyhub.reporting.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report card's "Done when" in a real browser: signed in as {@code manager}, Crewe and Nantwich, the last
 * quarter against the one before, on screen (a figure's chart opened), in CSV and on paper; axe on the report
 * card and the gap analysis, on a desktop and on a phone.
 */
@BrowserTest
class ReportCardBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;

    private Chromium browser;

    @BeforeEach
    void signIn() {
        browser = Chromium.signedInAs(port, "manager");
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aManagerReadsCreweAndNantwichLastQuarterOnScreenInCsvAndOnPaper() {
        Period quarter = Period.lastComplete(Period.Length.QUARTER, LocalDate.now(clock));
        browser.open("workspace/report-card");

        choose("#report-locality", "Crewe and Nantwich");
        choose("#report-length", "Quarter");
        choose("#report-period", quarter.label());
        browser.find("#report-show").click();
        browser.waitFor(d -> d.findElement(By.id("report-heading")).getText().startsWith("Crewe and Nantwich"));
        browser.settle();

        assertThat(browser.find("#report-heading").getText())
                .isEqualTo("Crewe and Nantwich: " + quarter.label() + " compared with " + quarter.previous().label());
        WebElement requests = browser.find("#figure-requests-for-help");
        assertThat(requests.getText()).contains("Requests for help", quarter.previous().label());
        assertThat(browser.text()).contains("Time to first response (median)", "Satisfaction with services",
                "Families who say things improved");

        WebElement chart = requests.findElements(By.tagName("vaadin-details")).stream()
                .filter(details -> details.getText().startsWith("Chart")).findFirst().orElseThrow();
        chart.findElement(By.tagName("vaadin-details-summary")).click();
        browser.waitFor(d -> chart.getDomAttribute("opened") != null);
        WebElement svg = chart.findElement(By.cssSelector("svg[role=img]"));
        assertThat(svg.isDisplayed()).isTrue();
        assertThat(svg.getDomAttribute("aria-label")).startsWith("Requests for help: " + quarter.label());

        String csv = download("#report-csv", false);
        assertThat(csv.lines().findFirst().orElseThrow())
                .startsWith("\"area\",\"section\",\"measure\",\"figure\",\"period\",\"value\"");
        assertThat(csv).contains("Crewe and Nantwich", "REQUESTS_FOR_HELP", quarter.label());
        assertThat(download("#report-pdf", true)).as("the first bytes of the PDF").startsWith("%PDF-");
    }

    @Test
    void theReportPagesHaveNoAxeViolationsOnADesktopOrAPhone() {
        List<String> failures = new ArrayList<>();
        for (var size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
            browser.resize(size);
            for (String page : List.of("workspace/report-card", "workspace/gaps")) {
                browser.open(page);
                Axe.violations(browser).forEach(violation -> failures.add(size.width + "px /" + page + ": " + violation));
            }
        }
        assertThat(failures).as("axe-core violations").isEmpty();
    }

    /** Opens a Vaadin select as a person would and picks the option with this label. */
    private void choose(String select, String label) {
        browser.find(select).click();
        WebElement option = browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().trim().equals(label)).findFirst().orElse(null));
        option.click();
        browser.settle();
    }

    /** Fetches what a download link points at, in the signed-in page: its text, or its first five bytes. */
    private String download(String link, boolean binary) {
        String href = browser.find(link).getDomAttribute("href");
        assertThat(href).as(link + " points at a download").isNotBlank();
        Object answer = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => arguments[1]
                    ? r.arrayBuffer().then(b => String.fromCharCode(...new Uint8Array(b).slice(0, 5)))
                    : r.text()).then(done).catch(e => done('failed: ' + e));""", href, binary);
        return String.valueOf(answer);
    }
}
